// period_sign_flips: pairs of actors whose net stance changed sign from one period to another: the sum
// of polarity x count over their relationships in both directions, counting the evidence dated inside
// each period, positive in one and negative in the other (as graphkit.diff_periods(G, before,
// after).sign_flips at the actor level).
// Parameters: $before_since, $before_until, $after_since, $after_until.
// Each period's first and last day ('2023-01-01') or null for an open end (both ends of a period null: every evidence item).
// Neo4j Browser: :param before_since => '2023-01-01'
//                :param before_until => '2023-12-31'
//                :param after_since => '2025-01-01'
//                :param after_until => '2025-12-31'
MATCH (s:Actor)-[r]->(o:Actor)
WHERE s <> o AND r.polarity IS NOT NULL
WITH CASE WHEN s.id < o.id THEN s ELSE o END AS a, CASE WHEN s.id < o.id THEN o ELSE s END AS b, r,
     CASE WHEN $before_since IS NULL AND $before_until IS NULL THEN r.count
     ELSE size([d IN r.evidence_dates WHERE ($before_since IS NULL OR d >= date($before_since))
                                         AND ($before_until IS NULL OR d <= date($before_until))]) END AS before,
     CASE WHEN $after_since IS NULL AND $after_until IS NULL THEN r.count
     ELSE size([d IN r.evidence_dates WHERE ($after_since IS NULL OR d >= date($after_since))
                                         AND ($after_until IS NULL OR d <= date($after_until))]) END AS after
WITH a, b, sum(r.polarity * before) AS before, sum(r.polarity * after) AS after
WHERE before * after < 0
RETURN CASE WHEN before > 0 THEN 'allies became enemies' ELSE 'enemies became allies' END AS kind,
       a.id AS a_id, a.name AS a, b.id AS b_id, b.name AS b, before, after
ORDER BY abs(before) + abs(after) DESC, a, b
