-- Full-text search over questions and their published answers, and a
-- change counter the site uses to know when its pages are stale.

-- One row per question, docid = questions.id. answer holds the newest
-- answer's text. unicode61 folds case and accents beyond ASCII.
CREATE VIRTUAL TABLE question_search USING fts4(title, body, answer, tokenize=unicode61);

INSERT INTO question_search (docid, title, body, answer)
	SELECT q.id, q.title, q.body,
		COALESCE((SELECT a.body FROM answers a WHERE a.question_id = q.id ORDER BY a.id DESC LIMIT 1), '')
	FROM questions q;

CREATE TRIGGER question_search_insert AFTER INSERT ON questions BEGIN
	INSERT INTO question_search (docid, title, body, answer) VALUES (new.id, new.title, new.body, '');
END;

CREATE TRIGGER question_search_update AFTER UPDATE OF title, body ON questions BEGIN
	UPDATE question_search SET title = new.title, body = new.body WHERE docid = new.id;
END;

CREATE TRIGGER question_search_delete AFTER DELETE ON questions BEGIN
	DELETE FROM question_search WHERE docid = old.id;
END;

-- The newest answer is the published one, so any change to a question's
-- answers recomputes it rather than assuming which row changed.
CREATE TRIGGER question_search_answer_insert AFTER INSERT ON answers BEGIN
	UPDATE question_search SET answer =
		COALESCE((SELECT a.body FROM answers a WHERE a.question_id = new.question_id ORDER BY a.id DESC LIMIT 1), '')
	WHERE docid = new.question_id;
END;

CREATE TRIGGER question_search_answer_update AFTER UPDATE OF body ON answers BEGIN
	UPDATE question_search SET answer =
		COALESCE((SELECT a.body FROM answers a WHERE a.question_id = new.question_id ORDER BY a.id DESC LIMIT 1), '')
	WHERE docid = new.question_id;
END;

CREATE TRIGGER question_search_answer_delete AFTER DELETE ON answers BEGIN
	UPDATE question_search SET answer =
		COALESCE((SELECT a.body FROM answers a WHERE a.question_id = old.question_id ORDER BY a.id DESC LIMIT 1), '')
	WHERE docid = old.question_id;
END;

-- site_changes counts every change to what the public pages show, so that a
-- page rendered at version n is still right while the version is n. One row.
CREATE TABLE site_changes (
	id         INTEGER PRIMARY KEY CHECK (id = 1),
	version    INTEGER NOT NULL,
	changed_at TEXT NOT NULL
);
INSERT INTO site_changes (id, version, changed_at)
	VALUES (1, 1, strftime('%Y-%m-%dT%H:%M:%S.000000000Z', 'now'));

CREATE TRIGGER site_changes_questions_insert AFTER INSERT ON questions BEGIN
	UPDATE site_changes SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%S.000000000Z', 'now');
END;
CREATE TRIGGER site_changes_questions_update AFTER UPDATE ON questions BEGIN
	UPDATE site_changes SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%S.000000000Z', 'now');
END;
CREATE TRIGGER site_changes_questions_delete AFTER DELETE ON questions BEGIN
	UPDATE site_changes SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%S.000000000Z', 'now');
END;
CREATE TRIGGER site_changes_answers_insert AFTER INSERT ON answers BEGIN
	UPDATE site_changes SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%S.000000000Z', 'now');
END;
CREATE TRIGGER site_changes_answers_update AFTER UPDATE ON answers BEGIN
	UPDATE site_changes SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%S.000000000Z', 'now');
END;
CREATE TRIGGER site_changes_answers_delete AFTER DELETE ON answers BEGIN
	UPDATE site_changes SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%S.000000000Z', 'now');
END;
CREATE TRIGGER site_changes_comments_insert AFTER INSERT ON comments BEGIN
	UPDATE site_changes SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%S.000000000Z', 'now');
END;
CREATE TRIGGER site_changes_comments_update AFTER UPDATE ON comments BEGIN
	UPDATE site_changes SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%S.000000000Z', 'now');
END;
CREATE TRIGGER site_changes_comments_delete AFTER DELETE ON comments BEGIN
	UPDATE site_changes SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%S.000000000Z', 'now');
END;
CREATE TRIGGER site_changes_ratings_insert AFTER INSERT ON ratings BEGIN
	UPDATE site_changes SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%S.000000000Z', 'now');
END;
CREATE TRIGGER site_changes_ratings_update AFTER UPDATE ON ratings BEGIN
	UPDATE site_changes SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%S.000000000Z', 'now');
END;
CREATE TRIGGER site_changes_ratings_delete AFTER DELETE ON ratings BEGIN
	UPDATE site_changes SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%S.000000000Z', 'now');
END;
