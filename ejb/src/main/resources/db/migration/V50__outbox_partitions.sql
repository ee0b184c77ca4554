-- The outbox in partitions (outbox package documentation): each event names its aggregate (a SKU at a location, a
-- price list, an order, ...), and the aggregate's hash picks one of 16 partitions. A partition is published by the
-- server that holds its lease; servers renew their leases every two seconds and a dead server's run out within
-- seconds, so several servers publish at once and every aggregate's events still go out in order, by one server.
-- Events pending at this upgrade (published by the relay's single turn until now) are in partition 0 under one
-- aggregate of their own.
ALTER TABLE outbox_message ADD COLUMN aggregate_key VARCHAR(200) DEFAULT 'before-partitions' NOT NULL;
ALTER TABLE outbox_message ADD COLUMN partition_no SMALLINT DEFAULT 0 NOT NULL;
ALTER TABLE outbox_message ALTER COLUMN aggregate_key DROP DEFAULT;
ALTER TABLE outbox_message ALTER COLUMN partition_no DROP DEFAULT;

CREATE TABLE outbox_partition (
    partition_no SMALLINT     NOT NULL PRIMARY KEY,
    owner        VARCHAR(128),
    lease_until  TIMESTAMP,
    relayed_at   TIMESTAMP
);
INSERT INTO outbox_partition (partition_no) VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12),
    (13), (14), (15);

-- The servers whose relays are alive: each writes its row with every renewal; a partition's fair share is the
-- partitions divided by the servers seen within a lease.
CREATE TABLE outbox_server (
    server  VARCHAR(128) NOT NULL PRIMARY KEY,
    seen_at TIMESTAMP    NOT NULL
);

DROP TABLE outbox_relay;
