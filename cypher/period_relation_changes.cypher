// period_relation_changes: relationships that appeared, disappeared, grew or faded from one period to
// another, counting the evidence dated inside each (as graphkit.diff_periods(G, before, after).relations
// at the actor level: grew/faded = the count changed by at least $min_change and by a factor $factor).
// Parameters: $before_since, $before_until, $after_since, $after_until, $min_change, $factor.
// Each period's first and last day ('2023-01-01'), or null for an open end (both ends of a period null:
// every evidence item, undated ones included); $min_change (2) and $factor (2.0) as in graphkit.
// Neo4j Browser: :param before_since => '2023-01-01'
//                :param before_until => '2023-12-31'
//                :param after_since => '2025-01-01'
//                :param after_until => '2025-12-31'
//                :param min_change => 2
//                :param factor => 2.0
MATCH (s:Actor)-[r]->(o:Actor)
WHERE s <> o
WITH s, r, o,
     CASE WHEN $before_since IS NULL AND $before_until IS NULL THEN r.count
     ELSE size([d IN r.evidence_dates WHERE ($before_since IS NULL OR d >= date($before_since))
                                         AND ($before_until IS NULL OR d <= date($before_until))]) END AS before,
     CASE WHEN $after_since IS NULL AND $after_until IS NULL THEN r.count
     ELSE size([d IN r.evidence_dates WHERE ($after_since IS NULL OR d >= date($after_since))
                                         AND ($after_until IS NULL OR d <= date($after_until))]) END AS after
WITH s, r, o, before, after,
     CASE WHEN before = 0 AND after > 0 THEN 'appeared'
          WHEN after = 0 AND before > 0 THEN 'disappeared'
          WHEN before > 0 AND after - before >= $min_change AND after >= $factor * before THEN 'grew'
          WHEN after > 0 AND before - after >= $min_change AND before >= $factor * after THEN 'faded' END AS kind
WHERE kind IS NOT NULL
RETURN kind, s.id AS subject_id, s.name AS subject, type(r) AS relation, o.id AS object_id, o.name AS object,
       r.polarity AS polarity, before, after
ORDER BY CASE kind WHEN 'appeared' THEN 0 WHEN 'disappeared' THEN 1 WHEN 'grew' THEN 2 ELSE 3 END,
         abs(after - before) DESC, subject, relation, object
