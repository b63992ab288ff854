// upsert_mentions: link articles to the actors they mention, (:Article)-[:MENTIONS]->(:Actor); both
// must be pushed first. graphkit pushes one batch of rows per call; pushing twice changes nothing.
// Parameters: $rows, a list of maps {article, actor} (ids).
// Neo4j Browser: :param rows => [{article: 'doc-1', actor: 'country:AAA'}]
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (x:Actor {id: row.actor})
MERGE (a)-[m:MENTIONS]->(x)
SET m.graphkit = true
