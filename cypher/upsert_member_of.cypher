// upsert_member_of: create or update :MEMBER_OF relationships between actors already pushed; graphkit
// pushes one batch of rows per call. Values are replaced (SET, not +=), so pushing twice changes nothing.
// Parameters: $rows, a list of maps {source, target, polarity, count, first_seen, last_seen, articles,
//             evidence (list of sentences), confidence}.
// Neo4j Browser: :param rows => [{source: 'country:AAA', target: 'country:BBB', polarity: null, count: 1,
//                                 first_seen: '2024-01-01', last_seen: '2024-01-01', articles: ['doc-1'],
//                                 evidence: ['A sentence.'], confidence: 0.9}]
UNWIND $rows AS row
MATCH (s:Actor {id: row.source})
MATCH (o:Actor {id: row.target})
MERGE (s)-[r:MEMBER_OF]->(o)
SET r.polarity = row.polarity, r.count = row.count, r.first_seen = row.first_seen, r.last_seen = row.last_seen,
    r.articles = row.articles, r.evidence = row.evidence, r.confidence = row.confidence, r.graphkit = true
