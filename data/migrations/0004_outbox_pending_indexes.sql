-- The sender looks up queued rows by due time, and sending or failed rows
-- on start and when the owner retries. Sent rows, nearly all of them in
-- time, need a place in neither index, and marking a row sent now only
-- takes it out of the small index of rows being sent.
DROP INDEX outbox_due;
CREATE INDEX outbox_queued ON outbox(next_attempt_at, id) WHERE status = 'queued';
CREATE INDEX outbox_sending ON outbox(id) WHERE status = 'sending';
CREATE INDEX outbox_failed ON outbox(id) WHERE status = 'failed';
