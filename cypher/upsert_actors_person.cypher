// upsert_actors_person: create or update actors of type PERSON (labels :Actor:Person); graphkit pushes
// one batch of rows per call. Values are replaced (SET), so pushing twice changes nothing.
// Parameters: $rows, a list of maps {id, name, type, aliases, country, role, mentions, articles}.
// Neo4j Browser: :param rows => [{id: 'x:example', name: 'Example', type: 'PERSON', aliases: ['Example'],
//                                 country: null, role: null, mentions: 1, articles: ['doc-1']}]
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET a:Person, a.name = row.name, a.type = row.type, a.aliases = row.aliases, a.country = row.country,
    a.role = row.role, a.mentions = row.mentions, a.articles = row.articles, a.graphkit = true
REMOVE a:Country:Organization
