// actor: what the database holds about one actor: its properties, labels and relationship counts.
// Parameters: $actor, an actor id ('country:RUS') or canonical name ('Russia').
// Neo4j Browser: :param actor => 'country:RUS'
MATCH (a:Actor)
WHERE a.id = $actor OR toLower(a.name) = toLower($actor)
OPTIONAL MATCH (a)-[r]-(other:Actor)
WITH a, count(r) AS relations, sum(CASE WHEN r.polarity = 1 THEN 1 ELSE 0 END) AS positive,
     sum(CASE WHEN r.polarity = -1 THEN 1 ELSE 0 END) AS negative
RETURN a.id AS id, a.name AS name, a.type AS type, [l IN labels(a) WHERE l <> 'Actor'] AS labels,
       a.country AS country, a.role AS role, a.aliases AS aliases, a.mentions AS mentions,
       size(a.articles) AS articles, relations, positive, negative
