// schema_actor_name: look actors up by canonical name.
// Parameters: none.
CREATE INDEX graphkit_actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name)
