// upsert_articles: create or update articles and their (:Article)-[:MENTIONS]->(:Actor) links
// (actors must be pushed first); graphkit pushes one batch of rows per call.
// Parameters: $rows, a list of maps {id, title, date, url, hash, actors (list of actor ids)}.
// Neo4j Browser: :param rows => [{id: 'doc-1', title: 'A title', date: '2024-01-01', url: null,
//                                 hash: 'abc', actors: ['country:AAA']}]
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title, a.date = row.date, a.url = row.url, a.hash = row.hash, a.graphkit = true
WITH a, row
UNWIND row.actors AS actor_id
MATCH (x:Actor {id: actor_id})
MERGE (a)-[m:MENTIONS]->(x)
SET m.graphkit = true
