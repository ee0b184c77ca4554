-- Price updates go to stores in fewer, larger messages (150 prices instead of 40), so the outbox's body grows;
-- SET DATA TYPE lengthens a VARCHAR in place on both Derby and PostgreSQL.
ALTER TABLE outbox_message ALTER COLUMN body SET DATA TYPE VARCHAR(32000);

-- Prices are written by the thousand (imports): ids from a sequence, allocated 100 at a time, let EclipseLink batch
-- the inserts, which an identity column does not. They start above any id the identity column has given.
CREATE SEQUENCE price_id_block AS BIGINT START WITH 1000000000 INCREMENT BY 100;
