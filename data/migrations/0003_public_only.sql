-- Only what the public site can show is indexed and counted as a change to
-- it. A question enters the full-text index with its first answer, and a
-- question still waiting for one no longer costs an index write when it
-- arrives or invalidates every cached page.

DROP TRIGGER question_search_insert;
DROP TRIGGER question_search_answer_insert;
DROP TRIGGER question_search_answer_update;
DROP TRIGGER question_search_answer_delete;

DELETE FROM question_search WHERE docid NOT IN (SELECT question_id FROM answers);

-- Any change to a question's answers rewrites its index row from the
-- newest answer, or removes it when none is left.
CREATE TRIGGER question_search_answer_insert AFTER INSERT ON answers BEGIN
	DELETE FROM question_search WHERE docid = new.question_id;
	INSERT INTO question_search (docid, title, body, answer)
		SELECT q.id, q.title, q.body,
			(SELECT a.body FROM answers a WHERE a.question_id = q.id ORDER BY a.id DESC LIMIT 1)
		FROM questions q WHERE q.id = new.question_id;
END;

CREATE TRIGGER question_search_answer_update AFTER UPDATE OF body ON answers BEGIN
	UPDATE question_search SET answer =
		(SELECT a.body FROM answers a WHERE a.question_id = new.question_id ORDER BY a.id DESC LIMIT 1)
	WHERE docid = new.question_id;
END;

CREATE TRIGGER question_search_answer_delete AFTER DELETE ON answers BEGIN
	DELETE FROM question_search WHERE docid = old.question_id;
	INSERT INTO question_search (docid, title, body, answer)
		SELECT q.id, q.title, q.body, a.body
		FROM questions q JOIN answers a ON a.question_id = q.id
		WHERE q.id = old.question_id
		ORDER BY a.id DESC LIMIT 1;
END;

DROP TRIGGER site_changes_questions_insert;
DROP TRIGGER site_changes_questions_update;
DROP TRIGGER site_changes_questions_delete;

CREATE TRIGGER site_changes_questions_insert AFTER INSERT ON questions
WHEN new.status = 'answered' BEGIN
	UPDATE site_changes SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%S.000000000Z', 'now');
END;
CREATE TRIGGER site_changes_questions_update AFTER UPDATE ON questions
WHEN old.status = 'answered' OR new.status = 'answered' BEGIN
	UPDATE site_changes SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%S.000000000Z', 'now');
END;
CREATE TRIGGER site_changes_questions_delete AFTER DELETE ON questions
WHEN old.status = 'answered' BEGIN
	UPDATE site_changes SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%S.000000000Z', 'now');
END;
