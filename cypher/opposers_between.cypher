// opposers_between: who opposes, threatens, sanctions or attacks an actor within a period, counting only
// the evidence dated inside it (as graphkit.opposers(graphkit.slice_graph(G, since, until), actor)).
// Parameters: $actor, $since, $until.
// $actor is an actor id or canonical name; $since and $until are the first and last day of the period
// ('2024-01-01', '2024-12-31'), or null for an open end. Both null: every relationship as stored, undated
// evidence included (an unbounded slice is the whole graph); otherwise undated evidence is left out.
// Neo4j Browser: :param actor => 'country:RUS'
//                :param since => '2024-01-01'
//                :param until => '2024-06-30'
MATCH (a:Actor)
WHERE a.id = $actor OR toLower(a.name) = toLower($actor)
MATCH (s:Actor)-[r]-(a)
WHERE s <> a AND r.polarity = -1 AND (startNode(r) = s OR type(r) IN ['COOPERATES_WITH', 'MEETS'])
WITH s, r, a, CASE WHEN $since IS NULL AND $until IS NULL THEN range(0, size(r.evidence) - 1)
     ELSE [i IN range(0, size(r.evidence_dates) - 1)
           WHERE ($since IS NULL OR r.evidence_dates[i] >= date($since))
             AND ($until IS NULL OR r.evidence_dates[i] <= date($until)) | r.dated_evidence[i]] END AS kept
WHERE size(kept) > 0
RETURN s.id AS subject_id, s.name AS subject, type(r) AS relation, a.id AS object_id, a.name AS object,
       r.polarity AS polarity, size(kept) AS count, [i IN kept | r.evidence[i]] AS evidence
ORDER BY count DESC, subject, relation
