// opposers: who opposes, threatens, sanctions or attacks an actor (polarity -1 relationships pointing
// at it). Same answer as 'graphkit query opposers ACTOR' at the actor level.
// Parameters: $actor, an actor id ('country:RUS') or canonical name ('Russia').
// Neo4j Browser: :param actor => 'country:RUS'
MATCH (a:Actor)
WHERE a.id = $actor OR toLower(a.name) = toLower($actor)
MATCH (s:Actor)-[r]-(a)
WHERE s <> a AND r.polarity = -1 AND (startNode(r) = s OR type(r) IN ['COOPERATES_WITH', 'MEETS'])
RETURN s.id AS subject_id, s.name AS subject, type(r) AS relation, a.id AS object_id, a.name AS object,
       r.polarity AS polarity, r.count AS count, r.articles AS articles
ORDER BY count DESC, subject, relation
