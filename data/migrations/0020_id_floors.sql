-- Signed links and reply addresses name a subscriber, an outgoing mail, a
-- held question or a stored mail by its id. SQLite numbers a new row one
-- above the largest id left in its table, so deleting the newest row (a
-- person forgotten, a held question confirmed) would give its id to the
-- next row, and the links made for the deleted one would act on that.
-- The largest id each table ever deleted is kept here, and new rows are
-- numbered above it (see newID in db.go).
CREATE TABLE id_floors (
	name TEXT PRIMARY KEY,
	id   INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TRIGGER subscribers_id_floor AFTER DELETE ON subscribers BEGIN
	INSERT OR REPLACE INTO id_floors (name, id)
	VALUES ('subscribers', MAX(OLD.id, COALESCE((SELECT id FROM id_floors WHERE name = 'subscribers'), 0)));
END;

CREATE TRIGGER outbox_id_floor AFTER DELETE ON outbox BEGIN
	INSERT OR REPLACE INTO id_floors (name, id)
	VALUES ('outbox', MAX(OLD.id, COALESCE((SELECT id FROM id_floors WHERE name = 'outbox'), 0)));
END;

CREATE TRIGGER held_questions_id_floor AFTER DELETE ON held_questions BEGIN
	INSERT OR REPLACE INTO id_floors (name, id)
	VALUES ('held_questions', MAX(OLD.id, COALESCE((SELECT id FROM id_floors WHERE name = 'held_questions'), 0)));
END;

CREATE TRIGGER messages_id_floor AFTER DELETE ON messages BEGIN
	INSERT OR REPLACE INTO id_floors (name, id)
	VALUES ('messages', MAX(OLD.id, COALESCE((SELECT id FROM id_floors WHERE name = 'messages'), 0)));
END;
