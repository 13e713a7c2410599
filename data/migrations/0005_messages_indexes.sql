-- Every fetched message updated four indexes when stored and another when
-- its outcome was set. The lookups that need speed are narrow: messages
-- still pending (on start), and the content hash of messages without a
-- Message-ID (duplicates). Listing by any other outcome, and forgetting an
-- address, are rare owner commands that may read the table.
DROP INDEX messages_outcome;
CREATE INDEX messages_pending ON messages(id) WHERE outcome = 'pending';
DROP INDEX messages_hash;
CREATE INDEX messages_hash ON messages(hash) WHERE message_id = '';
DROP INDEX messages_from;
