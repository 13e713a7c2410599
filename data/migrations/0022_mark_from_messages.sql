-- A mailbox's high-water mark is also read from the messages stored under
-- it (see Mailbox and SetMailbox in messages.go), so that taking in a mail
-- no longer writes the mailbox's row. A message deleted (a person
-- forgotten) must not take the mark back with it, or its UID would be
-- fetched and stored again: its UID is kept in the row first.
CREATE TRIGGER messages_keep_mark AFTER DELETE ON messages BEGIN
	UPDATE mailboxes SET last_uid = OLD.uid
	WHERE name = OLD.mailbox AND uidvalidity = OLD.uidvalidity AND last_uid < OLD.uid;
END;
