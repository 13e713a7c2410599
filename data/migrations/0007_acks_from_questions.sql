-- Whether a question was acknowledged is kept on the question, so the daily
-- limit on acknowledgements per sender is counted through the index that
-- already counts their questions. The outbox index by kind and recipient
-- served only that count, and every acknowledgement queued put a row on a
-- random page of it.
ALTER TABLE questions ADD COLUMN acked INTEGER NOT NULL DEFAULT 0;
UPDATE questions SET acked = 1
	WHERE id IN (SELECT question_id FROM outbox WHERE kind = 'ack' AND question_id IS NOT NULL);
DROP INDEX outbox_kind_to;
