-- The first schema: everything the service stores. Times are UTC text in
-- RFC 3339 form with nanoseconds ("2006-01-02T15:04:05.000000000Z"), so they
-- sort as text.

-- Key/value settings the service keeps for itself, such as the generated
-- site secret.
CREATE TABLE settings (
	key        TEXT PRIMARY KEY,
	value      TEXT NOT NULL,
	updated_at TEXT NOT NULL
);

-- The high-water mark of one IMAP mailbox: the last UID stored under its
-- current UIDVALIDITY.
CREATE TABLE mailboxes (
	name        TEXT PRIMARY KEY,
	uidvalidity INTEGER NOT NULL,
	last_uid    INTEGER NOT NULL DEFAULT 0,
	updated_at  TEXT NOT NULL
);

-- Every message fetched, kept raw, with what became of it. outcome is one
-- of: question, followup, answer, command, subscribe, unsubscribe, bounce,
-- auto, loop, rejected, ratelimited, duplicate, quarantined, toolarge,
-- comment, pending.
CREATE TABLE messages (
	id           INTEGER PRIMARY KEY,
	mailbox      TEXT NOT NULL,
	uidvalidity  INTEGER NOT NULL,
	uid          INTEGER NOT NULL,
	message_id   TEXT NOT NULL DEFAULT '',
	hash         TEXT NOT NULL,
	size         INTEGER NOT NULL,
	raw          BLOB,
	from_addr    TEXT NOT NULL DEFAULT '',
	subject      TEXT NOT NULL DEFAULT '',
	outcome      TEXT NOT NULL DEFAULT 'pending',
	reason       TEXT NOT NULL DEFAULT '',
	question_id  INTEGER REFERENCES questions(id) ON DELETE SET NULL,
	received_at  TEXT NOT NULL,
	processed_at TEXT NOT NULL,
	UNIQUE (mailbox, uidvalidity, uid)
);
CREATE INDEX messages_message_id ON messages(message_id) WHERE message_id <> '';
CREATE INDEX messages_hash ON messages(hash);
CREATE INDEX messages_outcome ON messages(outcome, id);
CREATE INDEX messages_from ON messages(from_addr, received_at);
CREATE INDEX messages_question ON messages(question_id) WHERE question_id IS NOT NULL;

-- A reader's question. status: open (waiting for an answer), answered
-- (public), hidden (withdrawn by the owner). asker_email is private.
CREATE TABLE questions (
	id          INTEGER PRIMARY KEY,
	slug        TEXT NOT NULL,
	title       TEXT NOT NULL,
	body        TEXT NOT NULL,
	asker_name  TEXT NOT NULL DEFAULT '',
	asker_email TEXT NOT NULL,
	source      TEXT NOT NULL DEFAULT 'mail',
	status      TEXT NOT NULL DEFAULT 'open'
	            CHECK (status IN ('open', 'answered', 'hidden')),
	message_id  TEXT NOT NULL DEFAULT '',
	asked_at    TEXT NOT NULL,
	answered_at TEXT,
	updated_at  TEXT NOT NULL
);
CREATE INDEX questions_status_answered ON questions(status, answered_at);
CREATE INDEX questions_asker ON questions(asker_email, asked_at);

-- Every answer the owner sent; the newest one of a question is published.
CREATE TABLE answers (
	id          INTEGER PRIMARY KEY,
	question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
	body        TEXT NOT NULL,
	message_id  TEXT NOT NULL DEFAULT '',
	created_at  TEXT NOT NULL
);
CREATE INDEX answers_question ON answers(question_id, id);

-- Further mail from an asker about their question.
CREATE TABLE followups (
	id          INTEGER PRIMARY KEY,
	question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
	body        TEXT NOT NULL,
	message_id  TEXT NOT NULL DEFAULT '',
	created_at  TEXT NOT NULL
);
CREATE INDEX followups_question ON followups(question_id, id);

-- Readers' comments on a question page. email is private.
CREATE TABLE comments (
	id          INTEGER PRIMARY KEY,
	question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
	name        TEXT NOT NULL,
	email       TEXT NOT NULL DEFAULT '',
	title       TEXT NOT NULL DEFAULT '',
	body        TEXT NOT NULL,
	status      TEXT NOT NULL DEFAULT 'pending'
	            CHECK (status IN ('pending', 'approved', 'rejected')),
	client_key  TEXT NOT NULL DEFAULT '',
	created_at  TEXT NOT NULL,
	decided_at  TEXT
);
CREATE INDEX comments_question ON comments(question_id, status, id);

-- One rating per visitor (a keyed hash, never an address) per question.
CREATE TABLE ratings (
	question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
	voter_key   TEXT NOT NULL,
	stars       INTEGER NOT NULL CHECK (stars BETWEEN 1 AND 5),
	created_at  TEXT NOT NULL,
	updated_at  TEXT NOT NULL,
	PRIMARY KEY (question_id, voter_key)
);

-- Newsletter subscribers. status: pending (not confirmed), active,
-- unsubscribed, bounced.
CREATE TABLE subscribers (
	id               INTEGER PRIMARY KEY,
	email            TEXT NOT NULL UNIQUE COLLATE NOCASE,
	name             TEXT NOT NULL DEFAULT '',
	status           TEXT NOT NULL DEFAULT 'pending'
	                 CHECK (status IN ('pending', 'active', 'unsubscribed', 'bounced')),
	source           TEXT NOT NULL DEFAULT 'web',
	created_at       TEXT NOT NULL,
	confirm_sent_at  TEXT,
	confirm_count    INTEGER NOT NULL DEFAULT 0,
	confirmed_at     TEXT,
	consent_source   TEXT NOT NULL DEFAULT '',
	welcome_sent_at  TEXT,
	unsubscribed_at  TEXT,
	updated_at       TEXT NOT NULL
);
CREATE INDEX subscribers_status ON subscribers(status, id);

-- Addresses that must not be added again, kept only as a keyed hash.
CREATE TABLE suppressions (
	email_hash TEXT PRIMARY KEY,
	reason     TEXT NOT NULL,
	created_at TEXT NOT NULL
);

-- Delivery failures reported back to us.
CREATE TABLE bounces (
	id            INTEGER PRIMARY KEY,
	subscriber_id INTEGER REFERENCES subscribers(id) ON DELETE SET NULL,
	outbox_id     INTEGER REFERENCES outbox(id) ON DELETE SET NULL,
	email         TEXT NOT NULL,
	hard          INTEGER NOT NULL,
	status        TEXT NOT NULL DEFAULT '',
	diagnostic    TEXT NOT NULL DEFAULT '',
	message_ref   INTEGER REFERENCES messages(id) ON DELETE SET NULL,
	created_at    TEXT NOT NULL
);
CREATE INDEX bounces_subscriber ON bounces(subscriber_id, created_at);

-- A digest: what it covered and what it looked like, rendered once.
CREATE TABLE digests (
	id           INTEGER PRIMARY KEY,
	period_start TEXT NOT NULL UNIQUE,
	period_end   TEXT NOT NULL,
	subject      TEXT NOT NULL,
	html         TEXT NOT NULL,
	text         TEXT NOT NULL,
	item_count   INTEGER NOT NULL,
	created_at   TEXT NOT NULL
);

CREATE TABLE digest_items (
	digest_id   INTEGER NOT NULL REFERENCES digests(id) ON DELETE CASCADE,
	question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
	position    INTEGER NOT NULL,
	PRIMARY KEY (digest_id, question_id)
);

-- Every mail the service sends, one row per recipient. status: queued,
-- sending, sent, failed, cancelled.
CREATE TABLE outbox (
	id              INTEGER PRIMARY KEY,
	kind            TEXT NOT NULL,
	to_addr         TEXT NOT NULL,
	to_name         TEXT NOT NULL DEFAULT '',
	reply_to        TEXT NOT NULL DEFAULT '',
	subject         TEXT NOT NULL DEFAULT '',
	text_body       TEXT NOT NULL DEFAULT '',
	html_body       TEXT NOT NULL DEFAULT '',
	headers         TEXT NOT NULL DEFAULT '{}',
	attachment      TEXT NOT NULL DEFAULT '',
	message_id      TEXT NOT NULL DEFAULT '',
	question_id     INTEGER REFERENCES questions(id) ON DELETE SET NULL,
	subscriber_id   INTEGER REFERENCES subscribers(id) ON DELETE CASCADE,
	digest_id       INTEGER REFERENCES digests(id) ON DELETE CASCADE,
	status          TEXT NOT NULL DEFAULT 'queued'
	                CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'cancelled')),
	attempts        INTEGER NOT NULL DEFAULT 0,
	next_attempt_at TEXT NOT NULL,
	last_error      TEXT NOT NULL DEFAULT '',
	created_at      TEXT NOT NULL,
	sent_at         TEXT
);
CREATE INDEX outbox_due ON outbox(status, next_attempt_at, id);
CREATE INDEX outbox_subscriber ON outbox(subscriber_id, status) WHERE subscriber_id IS NOT NULL;
CREATE INDEX outbox_digest ON outbox(digest_id, status) WHERE digest_id IS NOT NULL;
CREATE INDEX outbox_kind_to ON outbox(kind, to_addr, created_at);
CREATE INDEX outbox_message_id ON outbox(message_id) WHERE message_id <> '';
