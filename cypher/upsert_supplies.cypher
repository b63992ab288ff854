// upsert_supplies: create or update :SUPPLIES relationships between actors already pushed; graphkit
// pushes one batch of rows per call. Values are replaced (SET, not +=), so pushing twice changes nothing.
// Parameters: $rows, a list of maps {source, target, polarity, count, first_seen, last_seen, articles,
//             evidence (list of sentences), evidence_dates (dates of the dated sentences), dated_evidence
//             (their indices in evidence), confidence}; first_seen, last_seen and evidence_dates are dates.
// Neo4j Browser: :param rows => [{source: 'country:AAA', target: 'country:BBB', polarity: null, count: 1,
//                                 first_seen: date('2024-01-01'), last_seen: date('2024-01-01'), articles: ['doc-1'],
//                                 evidence: ['A sentence.'], evidence_dates: [date('2024-01-01')],
//                                 dated_evidence: [0], confidence: 0.9}]
UNWIND $rows AS row
MATCH (s:Actor {id: row.source})
MATCH (o:Actor {id: row.target})
MERGE (s)-[r:SUPPLIES]->(o)
SET r.polarity = row.polarity, r.count = row.count, r.first_seen = row.first_seen, r.last_seen = row.last_seen,
    r.articles = row.articles, r.evidence = row.evidence,
    r.evidence_dates = row.evidence_dates, r.dated_evidence = row.dated_evidence, r.confidence = row.confidence,
    r.graphkit = true
