-- Questions asked on the site wait here until their asker confirms the
-- address from a mail, so that nobody can make the site mail a stranger
-- their text. client_key is a keyed hash of the visitor's IP address, for
-- the limit per visitor; the address itself is never kept.
CREATE TABLE held_questions (
	id         INTEGER PRIMARY KEY,
	email      TEXT NOT NULL,
	name       TEXT NOT NULL DEFAULT '',
	title      TEXT NOT NULL,
	body       TEXT NOT NULL,
	client_key TEXT NOT NULL DEFAULT '',
	created_at TEXT NOT NULL
);
CREATE INDEX held_questions_email ON held_questions(email, created_at);
CREATE INDEX held_questions_client ON held_questions(client_key, created_at);
CREATE INDEX held_questions_created ON held_questions(created_at);
