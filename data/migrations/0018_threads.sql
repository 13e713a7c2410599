-- A mail the owner sends straight to an asker, from the helpline mailbox,
-- replies to the asker's own mail or to a follow-up, not to one of ours:
-- those Message-IDs are looked up to find the question.
CREATE INDEX questions_message_id ON questions(message_id) WHERE message_id <> '';
CREATE INDEX followups_message_id ON followups(message_id) WHERE message_id <> '';
-- Whether an answer from a given mail is already published.
CREATE INDEX answers_message_id ON answers(message_id) WHERE message_id <> '';
-- The notes the owner gets about what became of their mail are counted
-- per hour, to keep a loop from flooding them.
CREATE INDEX outbox_owner_notes ON outbox(to_addr, created_at) WHERE kind = 'owner-note';
-- The mailbox of the account's sent mail (RFC 6154 \Sent), where the
-- owner's direct answers are found, is read by rules of its own.
ALTER TABLE mailboxes ADD COLUMN sent INTEGER NOT NULL DEFAULT 0;
-- Replies that are not questions are forwarded to the owner, a few per
-- sender a day.
CREATE INDEX messages_forwarded ON messages(from_addr, received_at) WHERE outcome = 'forwarded';
