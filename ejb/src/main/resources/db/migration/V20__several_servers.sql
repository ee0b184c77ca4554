-- Several servers on one database (docs/architecture.md, "More than one server").

-- The outbox relay's turn: a server holds this row for the whole of one relay batch, so only one server publishes
-- at a time and the events go out in id order, whichever server wrote them.
CREATE TABLE outbox_relay (
    id         INTEGER      NOT NULL PRIMARY KEY,
    relayed_by VARCHAR(128),
    relayed_at TIMESTAMP
);
INSERT INTO outbox_relay (id) VALUES (1);

-- Event ids one at a time from the database, taken after the change's locks: two changes of one stock level or
-- price list get ids in the order they commit, on any server. Blocks of 50 per server, as before, gave a later
-- change on one server a smaller id than an earlier change on another. Starts above every id given so far.
CREATE SEQUENCE outbox_message_seq AS BIGINT START WITH 100000000000 INCREMENT BY 1;

-- One row per scheduled job: the server that moves last_run forward runs the job for that period; the others skip.
CREATE TABLE scheduled_run (
    job       VARCHAR(64)  NOT NULL PRIMARY KEY,
    last_run  TIMESTAMP    NOT NULL,
    ran_by    VARCHAR(128)
);
INSERT INTO scheduled_run (job, last_run) VALUES ('reservation-expiry', CAST('1970-01-01 00:00:00' AS TIMESTAMP));
INSERT INTO scheduled_run (job, last_run) VALUES ('fulfilment-deadlines', CAST('1970-01-01 00:00:00' AS TIMESTAMP));
INSERT INTO scheduled_run (job, last_run) VALUES ('sales-folding', CAST('1970-01-01 00:00:00' AS TIMESTAMP));
INSERT INTO scheduled_run (job, last_run) VALUES ('capacity-calendar', CAST('1970-01-01 00:00:00' AS TIMESTAMP));
INSERT INTO scheduled_run (job, last_run) VALUES ('cart-abandonment', CAST('1970-01-01 00:00:00' AS TIMESTAMP));
INSERT INTO scheduled_run (job, last_run) VALUES ('loyalty-upkeep', CAST('1970-01-01 00:00:00' AS TIMESTAMP));
INSERT INTO scheduled_run (job, last_run) VALUES ('outbox-purge', CAST('1970-01-01 00:00:00' AS TIMESTAMP));
