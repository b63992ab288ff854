// schema_article_id: one node per article id (also the index the article upsert MERGEs on).
// Parameters: none.
CREATE CONSTRAINT graphkit_article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE
