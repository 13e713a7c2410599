-- Deleted content is zeroed from now on (secure_delete, set on the writer).
-- A database that already held data may still have old copies of rows in
-- its free space: it is marked, and the first time someone is forgotten
-- the whole file is rebuilt (VACUUM) to clear them.
INSERT INTO settings (key, value, updated_at)
	SELECT 'free_space_unzeroed', '1', strftime('%Y-%m-%dT%H:%M:%S.000000000Z', 'now')
	WHERE EXISTS (SELECT 1 FROM messages) OR EXISTS (SELECT 1 FROM outbox) OR EXISTS (SELECT 1 FROM subscribers)
		OR EXISTS (SELECT 1 FROM questions) OR EXISTS (SELECT 1 FROM comments) OR EXISTS (SELECT 1 FROM bounces);
