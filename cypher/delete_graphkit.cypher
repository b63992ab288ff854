// delete_graphkit: delete up to $limit nodes graphkit wrote (and their relationships); returns how
// many it deleted. graphkit repeats it until 0 for 'neo4j push --replace'. Other data is left alone.
// Parameters: $limit (integer).
// Neo4j Browser: :param limit => 10000
MATCH (n)
WHERE (n:Actor OR n:Article) AND n.graphkit = true
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
