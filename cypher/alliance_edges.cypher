// alliance_edges: the signed actor-pair graph used for bloc analysis. One row per unordered pair
// linked by event relationships (LEADER_OF/MEMBER_OF and self-loops left out); weight =
// sum(polarity * count) over both directions, as graphkit.analysis.signed_graph computes it.
// Parameters: none.
MATCH (s:Actor)-[r]->(o:Actor)
WHERE s <> o AND r.polarity IS NOT NULL
WITH CASE WHEN s.id < o.id THEN s ELSE o END AS a, CASE WHEN s.id < o.id THEN o ELSE s END AS b, r
RETURN a.id AS a_id, a.name AS a, b.id AS b_id, b.name AS b, sum(r.polarity * r.count) AS weight,
       sum(CASE WHEN r.polarity > 0 THEN r.count ELSE 0 END) AS positive,
       sum(CASE WHEN r.polarity < 0 THEN r.count ELSE 0 END) AS negative, sum(r.count) AS count
ORDER BY abs(weight) DESC, a_id, b_id
