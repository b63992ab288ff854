// stats: how many nodes of each label and relationships of each type graphkit wrote.
// Parameters: none.
MATCH (n)
WHERE n.graphkit = true
UNWIND labels(n) AS label
RETURN 'node' AS kind, label AS name, count(*) AS count
UNION ALL
MATCH ()-[r]->()
WHERE r.graphkit = true
RETURN 'relationship' AS kind, type(r) AS name, count(*) AS count
