// upsert_articles: create or update articles; graphkit pushes one batch of rows per call.
// Values are replaced (SET), so pushing twice changes nothing.
// Parameters: $rows, a list of maps {id, title, date, url, hash}.
// Neo4j Browser: :param rows => [{id: 'doc-1', title: 'A title', date: '2024-01-01', url: null, hash: 'abc'}]
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title, a.date = row.date, a.url = row.url, a.hash = row.hash, a.graphkit = true
