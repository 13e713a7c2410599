-- A mail whose server took the whole message but never answered its end
-- may have been delivered: after one more try it waits as 'uncertain' for
-- the owner to send it again or drop it. The column unanswered counts the
-- attempts that ended so.
--
-- SQLite cannot change a CHECK, so the table is rebuilt with every column,
-- row and index it had. Foreign keys cannot be turned off inside the
-- migration's transaction, and dropping the old table sets the outbox_id
-- of the bounces that name its rows to NULL (ON DELETE SET NULL): those
-- links are kept aside and put back once the rows are in place again.
CREATE TEMP TABLE bounce_outbox AS SELECT id, outbox_id FROM bounces WHERE outbox_id IS NOT NULL;

CREATE TABLE outbox_rebuilt (
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
	                CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'cancelled', 'uncertain')),
	attempts        INTEGER NOT NULL DEFAULT 0,
	next_attempt_at TEXT NOT NULL,
	last_error      TEXT NOT NULL DEFAULT '',
	created_at      TEXT NOT NULL,
	sent_at         TEXT,
	unanswered      INTEGER NOT NULL DEFAULT 0
);

INSERT INTO outbox_rebuilt (id, kind, to_addr, to_name, reply_to, subject, text_body, html_body, headers,
	attachment, message_id, question_id, subscriber_id, digest_id, status, attempts, next_attempt_at,
	last_error, created_at, sent_at)
SELECT id, kind, to_addr, to_name, reply_to, subject, text_body, html_body, headers,
	attachment, message_id, question_id, subscriber_id, digest_id, status, attempts, next_attempt_at,
	last_error, created_at, sent_at
FROM outbox;

DROP TABLE outbox;
ALTER TABLE outbox_rebuilt RENAME TO outbox;

CREATE INDEX outbox_subscriber ON outbox(subscriber_id, status) WHERE subscriber_id IS NOT NULL;
CREATE INDEX outbox_digest ON outbox(digest_id, status) WHERE digest_id IS NOT NULL;
CREATE INDEX outbox_message_id ON outbox(message_id) WHERE message_id <> '';
CREATE INDEX outbox_queued ON outbox(next_attempt_at, id) WHERE status = 'queued';
CREATE INDEX outbox_sending ON outbox(id) WHERE status = 'sending';
CREATE INDEX outbox_failed ON outbox(id) WHERE status = 'failed';
CREATE INDEX outbox_owner_notes ON outbox(to_addr, created_at) WHERE kind = 'owner-note';
-- The owner lists the uncertain rows to decide on each.
CREATE INDEX outbox_uncertain ON outbox(id) WHERE status = 'uncertain';

UPDATE bounces SET outbox_id = (SELECT b.outbox_id FROM bounce_outbox b WHERE b.id = bounces.id)
	WHERE id IN (SELECT id FROM bounce_outbox);
DROP TABLE bounce_outbox;
