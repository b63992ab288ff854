// path: a shortest chain of ontology relationships linking two actors, direction ignored, one row per
// hop in order from $a. Ties between equally short paths may resolve differently from
// 'graphkit query path A B'; the length is the same.
// Parameters: $a and $b, actor ids or canonical names.
// Neo4j Browser: :param a => 'country:PRK'
//                :param b => 'country:USA'
MATCH (a:Actor)
WHERE a.id = $a OR toLower(a.name) = toLower($a)
MATCH (b:Actor)
WHERE b.id = $b OR toLower(b.name) = toLower($b)
WITH a, b
WHERE a <> b
MATCH p = shortestPath((a)-[:SUPPORTS|SUPPLIES|COOPERATES_WITH|MEETS|VISITS|OPPOSES|THREATENS|SANCTIONS|ATTACKS|LEADER_OF|MEMBER_OF*]-(b))
UNWIND range(0, length(p) - 1) AS hop
WITH hop, relationships(p)[hop] AS r
RETURN hop, startNode(r).id AS subject_id, startNode(r).name AS subject, type(r) AS relation,
       endNode(r).id AS object_id, endNode(r).name AS object, r.polarity AS polarity, r.count AS count
ORDER BY hop
