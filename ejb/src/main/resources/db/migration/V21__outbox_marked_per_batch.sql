-- The relay marks a batch published in one statement; the per-event count of attempts and the last error were
-- never read (a batch the broker refuses stays pending, and the relay logs why).
ALTER TABLE outbox_message DROP COLUMN attempts;
ALTER TABLE outbox_message DROP COLUMN last_error;
-- Event ids come from outbox_message_seq one at a time since V20; the per-server blocks are gone.
DROP SEQUENCE outbox_message_id_block RESTRICT;
