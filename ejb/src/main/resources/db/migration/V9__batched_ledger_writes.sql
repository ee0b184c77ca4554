-- A batch of reservations writes a movement, a reservation and an event per request in one transaction: ids from
-- sequences, allocated 50 at a time, let EclipseLink send those inserts in JDBC batches and spare the round trip
-- that reads back each identity. They start above any id the identity columns have given.
CREATE SEQUENCE stock_movement_id_block AS BIGINT START WITH 1000000000 INCREMENT BY 50;
CREATE SEQUENCE reservation_id_block AS BIGINT START WITH 1000000000 INCREMENT BY 50;
CREATE SEQUENCE outbox_message_id_block AS BIGINT START WITH 1000000000 INCREMENT BY 50;

-- A level's history is ordered by its own sequence, which ids from preallocated blocks need not follow.
CREATE INDEX ix_stock_movement_level_sequence ON stock_movement (stock_level_id, sequence_number);
