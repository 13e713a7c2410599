-- Consent that sticks. A subscriber who complained or bounced keeps the
-- time of it, so that nothing but a fresh confirmation from the address
-- makes it active again, and every change to a subscriber is kept as an
-- event, so that the owner (and the subscriber, when they ask) can see
-- how consent was given and withdrawn.
ALTER TABLE subscribers ADD COLUMN complained_at TEXT;
ALTER TABLE subscribers ADD COLUMN bounced_at TEXT;

CREATE TABLE subscriber_events (
	id            INTEGER PRIMARY KEY,
	subscriber_id INTEGER NOT NULL REFERENCES subscribers(id) ON DELETE CASCADE,
	event         TEXT NOT NULL,
	detail        TEXT NOT NULL DEFAULT '',
	created_at    TEXT NOT NULL
);
CREATE INDEX subscriber_events_subscriber ON subscriber_events(subscriber_id, id);
