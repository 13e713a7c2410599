-- The full-text index holds the public questions only: answered, not
-- hidden, with their newest answer. A search then reads no row it must
-- throw away, and never looks a question up to learn whether it may show
-- it.

DROP TRIGGER question_search_update;
DROP TRIGGER question_search_delete;
DROP TRIGGER question_search_answer_insert;
DROP TRIGGER question_search_answer_update;
DROP TRIGGER question_search_answer_delete;

-- Built again rather than pruned: deleting most rows of an FTS4 table
-- leaves their tombstones in the index until a merge.
DROP TABLE question_search;
CREATE VIRTUAL TABLE question_search USING fts4(title, body, answer, tokenize=unicode61);

INSERT INTO question_search (docid, title, body, answer)
	SELECT q.id, q.title, q.body,
		(SELECT a.body FROM answers a WHERE a.question_id = q.id ORDER BY a.id DESC LIMIT 1)
	FROM questions q
	WHERE q.status = 'answered' AND EXISTS (SELECT 1 FROM answers a WHERE a.question_id = q.id);

-- One segment: a query reads one doclist per term instead of one per
-- segment the bulk insert left.
INSERT INTO question_search (question_search) VALUES ('optimize');

-- search_version counts the changes to the index alone. Ratings and
-- comments change what a page of results shows, not which questions match
-- or their order, so results kept by the site stay good across them.
ALTER TABLE site_changes ADD COLUMN search_version INTEGER NOT NULL DEFAULT 1;

-- Every trigger below rewrites one question's row the same way: removes it,
-- and puts it back if the question is public and has an answer, with the
-- newest one. A question becomes public with the UPDATE that follows its
-- first answer's INSERT, so the answer triggers act only on questions
-- already public, and the question triggers only when a question enters
-- or leaves the site, or its indexed text changes. Each also moves the
-- search version on.

CREATE TRIGGER question_search_question_update AFTER UPDATE OF status, title, body ON questions
WHEN (old.status = 'answered') <> (new.status = 'answered')
	OR (new.status = 'answered' AND (old.title IS NOT new.title OR old.body IS NOT new.body))
BEGIN
	DELETE FROM question_search WHERE docid = new.id;
	INSERT INTO question_search (docid, title, body, answer)
		SELECT q.id, q.title, q.body, a.body
		FROM questions q JOIN answers a ON a.question_id = q.id
		WHERE q.id = new.id AND q.status = 'answered'
		ORDER BY a.id DESC LIMIT 1;
	UPDATE site_changes SET search_version = search_version + 1;
END;

CREATE TRIGGER question_search_question_delete AFTER DELETE ON questions
WHEN old.status = 'answered'
BEGIN
	DELETE FROM question_search WHERE docid = old.id;
	UPDATE site_changes SET search_version = search_version + 1;
END;

CREATE TRIGGER question_search_answer_insert AFTER INSERT ON answers
WHEN (SELECT status FROM questions WHERE id = new.question_id) = 'answered'
BEGIN
	DELETE FROM question_search WHERE docid = new.question_id;
	INSERT INTO question_search (docid, title, body, answer)
		SELECT q.id, q.title, q.body, a.body
		FROM questions q JOIN answers a ON a.question_id = q.id
		WHERE q.id = new.question_id
		ORDER BY a.id DESC LIMIT 1;
	UPDATE site_changes SET search_version = search_version + 1;
END;

CREATE TRIGGER question_search_answer_update AFTER UPDATE OF body ON answers
WHEN (SELECT status FROM questions WHERE id = new.question_id) = 'answered'
BEGIN
	DELETE FROM question_search WHERE docid = new.question_id;
	INSERT INTO question_search (docid, title, body, answer)
		SELECT q.id, q.title, q.body, a.body
		FROM questions q JOIN answers a ON a.question_id = q.id
		WHERE q.id = new.question_id
		ORDER BY a.id DESC LIMIT 1;
	UPDATE site_changes SET search_version = search_version + 1;
END;

CREATE TRIGGER question_search_answer_delete AFTER DELETE ON answers
WHEN (SELECT status FROM questions WHERE id = old.question_id) = 'answered'
BEGIN
	DELETE FROM question_search WHERE docid = old.question_id;
	INSERT INTO question_search (docid, title, body, answer)
		SELECT q.id, q.title, q.body, a.body
		FROM questions q JOIN answers a ON a.question_id = q.id
		WHERE q.id = old.question_id
		ORDER BY a.id DESC LIMIT 1;
	UPDATE site_changes SET search_version = search_version + 1;
END;
