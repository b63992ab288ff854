// relations_between: every relationship between two actors, both directions, as stored (symmetric
// relations once). Same answer as 'graphkit query relations A B' at the actor level.
// Parameters: $a and $b, actor ids or canonical names.
// Neo4j Browser: :param a => 'country:PRK'
//                :param b => 'country:RUS'
MATCH (a:Actor)
WHERE a.id = $a OR toLower(a.name) = toLower($a)
MATCH (b:Actor)
WHERE b.id = $b OR toLower(b.name) = toLower($b)
MATCH (a)-[r]-(b)
WHERE type(r) <> 'MENTIONS'
WITH DISTINCT r
RETURN startNode(r).id AS subject_id, startNode(r).name AS subject, type(r) AS relation,
       endNode(r).id AS object_id, endNode(r).name AS object, r.polarity AS polarity, r.count AS count,
       r.articles AS articles, r.evidence AS evidence
ORDER BY count DESC, relation, subject, object
