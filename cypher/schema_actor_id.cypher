// schema_actor_id: one node per actor id (also the index every upsert MERGEs on).
// Parameters: none.
CREATE CONSTRAINT graphkit_actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE
