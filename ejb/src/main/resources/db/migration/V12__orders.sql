-- Orders, their routing and fulfilment, and returns (packages order, fulfilment, returns).

-- What a location does for orders: whether it ships parcels and hands over pickups, how many fulfilments it takes
-- a day (its own time zone; NULL for no limit), what one costs, how long it has to accept one, and how long a pickup
-- waits for its customer (in seconds).
ALTER TABLE location ADD COLUMN ships BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE location ADD COLUMN offers_pickup BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE location ADD COLUMN daily_capacity INTEGER;
ALTER TABLE location ADD COLUMN fulfilment_cost DECIMAL(9,2) DEFAULT 5 NOT NULL;
ALTER TABLE location ADD COLUMN accept_seconds INTEGER DEFAULT 3600 NOT NULL;
ALTER TABLE location ADD COLUMN collect_seconds INTEGER DEFAULT 604800 NOT NULL;
ALTER TABLE location ADD COLUMN time_zone VARCHAR(64) DEFAULT 'UTC' NOT NULL;
ALTER TABLE location ADD CONSTRAINT ck_location_daily_capacity CHECK (daily_capacity IS NULL OR daily_capacity >= 0);
ALTER TABLE location ADD CONSTRAINT ck_location_fulfilment_cost CHECK (fulfilment_cost >= 0);
ALTER TABLE location ADD CONSTRAINT ck_location_accept_seconds CHECK (accept_seconds > 0);
ALTER TABLE location ADD CONSTRAINT ck_location_collect_seconds CHECK (collect_seconds > 0);

-- Ids come in blocks of 50 and a block ends at the value the sequence gives: the first orders are O1000001 on.
CREATE SEQUENCE customer_order_id_block AS BIGINT START WITH 1000050 INCREMENT BY 50;
CREATE SEQUENCE order_row_id_block AS BIGINT START WITH 1000000049 INCREMENT BY 50;

CREATE TABLE customer_order (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    order_number       VARCHAR(20)   NOT NULL,
    channel            VARCHAR(32)   NOT NULL,
    external_id        VARCHAR(64)   NOT NULL,
    request_digest     VARCHAR(64)   NOT NULL,
    customer_id        VARCHAR(100),
    selling_location_id BIGINT       REFERENCES location (id),
    currency           CHAR(3)       NOT NULL,
    subtotal           DECIMAL(19,4) NOT NULL,
    shipping           DECIMAL(19,4) NOT NULL,
    shipping_discount  DECIMAL(19,4) NOT NULL,
    discount_total     DECIMAL(19,4) NOT NULL,
    total              DECIMAL(19,4) NOT NULL,
    authorised         DECIMAL(19,4) NOT NULL,
    captured           DECIMAL(19,4) NOT NULL,
    refunded           DECIMAL(19,4) NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    on_hold            BOOLEAN       NOT NULL,
    hold_reason        VARCHAR(500),
    reroute_pending    BOOLEAN       NOT NULL,
    placed_by          VARCHAR(80)   NOT NULL,
    placed_at          TIMESTAMP     NOT NULL,
    updated_at         TIMESTAMP     NOT NULL,
    event_sequence     BIGINT        NOT NULL,
    CONSTRAINT uk_customer_order_number UNIQUE (order_number),
    CONSTRAINT uk_customer_order_external UNIQUE (channel, external_id),
    CONSTRAINT ck_customer_order_money CHECK (authorised >= 0 AND captured >= 0 AND refunded >= 0
        AND refunded <= total)
);
CREATE INDEX ix_customer_order_status ON customer_order (status, placed_at);
CREATE INDEX ix_customer_order_placed ON customer_order (placed_at);
CREATE INDEX ix_customer_order_reroute ON customer_order (reroute_pending, id);

CREATE TABLE order_delivery_group (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    order_id           BIGINT       NOT NULL REFERENCES customer_order (id),
    group_code         VARCHAR(32)  NOT NULL,
    delivery_mode      VARCHAR(8)   NOT NULL,
    recipient          VARCHAR(200),
    address_line1      VARCHAR(200),
    address_line2      VARCHAR(200),
    postal_code        VARCHAR(20),
    city               VARCHAR(100),
    country            CHAR(2),
    latitude           DECIMAL(9,6) NOT NULL,
    longitude          DECIMAL(9,6) NOT NULL,
    pickup_location_id BIGINT       REFERENCES location (id),
    CONSTRAINT uk_order_delivery_group UNIQUE (order_id, group_code)
);

CREATE TABLE order_line (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    order_id           BIGINT        NOT NULL REFERENCES customer_order (id),
    line_no            INTEGER       NOT NULL,
    sku_id             BIGINT        NOT NULL REFERENCES sku (id),
    delivery_group_id  BIGINT        NOT NULL REFERENCES order_delivery_group (id),
    quantity           INTEGER       NOT NULL,
    unit_price         DECIMAL(19,4) NOT NULL,
    discount           DECIMAL(19,4) NOT NULL,
    net_total          DECIMAL(19,4) NOT NULL,
    cancelled_quantity INTEGER       NOT NULL,
    returned_quantity  INTEGER       NOT NULL,
    refunded           DECIMAL(19,4) NOT NULL,
    CONSTRAINT uk_order_line UNIQUE (order_id, line_no),
    CONSTRAINT ck_order_line_quantities CHECK (quantity > 0 AND cancelled_quantity >= 0 AND returned_quantity >= 0
        AND cancelled_quantity + returned_quantity <= quantity)
);

CREATE TABLE order_event (
    id          BIGINT        NOT NULL PRIMARY KEY,
    order_id    BIGINT        NOT NULL REFERENCES customer_order (id),
    occurred_at TIMESTAMP     NOT NULL,
    actor       VARCHAR(80)   NOT NULL,
    kind        VARCHAR(32)   NOT NULL,
    detail      VARCHAR(1000) NOT NULL
);
CREATE INDEX ix_order_event_order ON order_event (order_id, id);

CREATE TABLE order_payment (
    id          BIGINT        NOT NULL PRIMARY KEY,
    order_id    BIGINT        NOT NULL REFERENCES customer_order (id),
    kind        VARCHAR(16)   NOT NULL,
    amount      DECIMAL(19,4) NOT NULL,
    reference   VARCHAR(100)  NOT NULL,
    recorded_at TIMESTAMP     NOT NULL,
    recorded_by VARCHAR(80)   NOT NULL,
    CONSTRAINT ck_order_payment_amount CHECK (amount > 0)
);
CREATE INDEX ix_order_payment_order ON order_payment (order_id, id);

-- Routing rules, one row per version; a published version never changes.
CREATE TABLE routing_rule_set (
    version      INTEGER       NOT NULL PRIMARY KEY,
    name         VARCHAR(100)  NOT NULL,
    status       VARCHAR(8)    NOT NULL,
    definition   VARCHAR(32000) NOT NULL,
    content_hash VARCHAR(64)   NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    created_by   VARCHAR(80)   NOT NULL,
    published_at TIMESTAMP,
    published_by VARCHAR(80),
    retired_at   TIMESTAMP
);

CREATE TABLE routing_decision (
    id                BIGINT         NOT NULL PRIMARY KEY,
    order_id          BIGINT         NOT NULL REFERENCES customer_order (id),
    delivery_group_id BIGINT         NOT NULL REFERENCES order_delivery_group (id),
    decision_trigger  VARCHAR(16)    NOT NULL,
    rule_set_version  INTEGER        NOT NULL REFERENCES routing_rule_set (version),
    outcome           VARCHAR(20)    NOT NULL,
    summary           VARCHAR(1000)  NOT NULL,
    explanation       VARCHAR(32000) NOT NULL,
    inputs            VARCHAR(32000) NOT NULL,
    decided_at        TIMESTAMP      NOT NULL,
    decided_by        VARCHAR(80)    NOT NULL,
    compute_micros    BIGINT         NOT NULL
);
CREATE INDEX ix_routing_decision_order ON routing_decision (order_id, id);
CREATE INDEX ix_routing_decision_decided ON routing_decision (decided_at, id);

CREATE TABLE fulfilment_order (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    fulfilment_code    VARCHAR(32)  NOT NULL,
    order_id           BIGINT       NOT NULL REFERENCES customer_order (id),
    delivery_group_id  BIGINT       NOT NULL REFERENCES order_delivery_group (id),
    location_id        BIGINT       NOT NULL REFERENCES location (id),
    fulfilment_mode    VARCHAR(16)  NOT NULL,
    pickup_location_id BIGINT       REFERENCES location (id),
    source_id          BIGINT       REFERENCES fulfilment_order (id),
    decision_id        BIGINT       REFERENCES routing_decision (id),
    status             VARCHAR(20)  NOT NULL,
    accept_by          TIMESTAMP,
    collect_by         TIMESTAMP,
    pickup_code        VARCHAR(6),
    carrier            VARCHAR(64),
    tracking_number    VARCHAR(64),
    reason             VARCHAR(500),
    created_at         TIMESTAMP    NOT NULL,
    updated_at         TIMESTAMP    NOT NULL,
    CONSTRAINT uk_fulfilment_code UNIQUE (fulfilment_code)
);
CREATE INDEX ix_fulfilment_order_order ON fulfilment_order (order_id, id);
CREATE INDEX ix_fulfilment_order_location ON fulfilment_order (location_id, status, id);
CREATE INDEX ix_fulfilment_order_status ON fulfilment_order (status, accept_by);

CREATE TABLE fulfilment_line (
    id                BIGINT  NOT NULL PRIMARY KEY,
    fulfilment_id     BIGINT  NOT NULL REFERENCES fulfilment_order (id),
    order_line_id     BIGINT  NOT NULL REFERENCES order_line (id),
    quantity          INTEGER NOT NULL,
    reservation_id    BIGINT  REFERENCES reservation (id),
    CONSTRAINT ck_fulfilment_line_quantity CHECK (quantity >= 0)
);
CREATE INDEX ix_fulfilment_line_fulfilment ON fulfilment_line (fulfilment_id, id);

CREATE TABLE order_exclusion (
    order_id    BIGINT       NOT NULL REFERENCES customer_order (id),
    location_id BIGINT       NOT NULL REFERENCES location (id),
    reason      VARCHAR(500) NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    PRIMARY KEY (order_id, location_id)
);

CREATE TABLE capacity_day (
    location_id BIGINT  NOT NULL REFERENCES location (id),
    local_day   DATE    NOT NULL,
    used        INTEGER NOT NULL,
    PRIMARY KEY (location_id, local_day),
    CONSTRAINT ck_capacity_day_used CHECK (used >= 0)
);

CREATE TABLE order_return (
    id            BIGINT        NOT NULL PRIMARY KEY,
    return_number VARCHAR(20)   NOT NULL,
    order_id      BIGINT        NOT NULL REFERENCES customer_order (id),
    status        VARCHAR(16)   NOT NULL,
    refunded      DECIMAL(19,4) NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    created_by    VARCHAR(80)   NOT NULL,
    CONSTRAINT uk_order_return_number UNIQUE (return_number)
);
CREATE INDEX ix_order_return_order ON order_return (order_id, id);

CREATE TABLE order_return_line (
    id                BIGINT        NOT NULL PRIMARY KEY,
    return_id         BIGINT        NOT NULL REFERENCES order_return (id),
    order_line_id     BIGINT        NOT NULL REFERENCES order_line (id),
    quantity          INTEGER       NOT NULL,
    reason            VARCHAR(200)  NOT NULL,
    received_quantity INTEGER       NOT NULL,
    refunded          DECIMAL(19,4) NOT NULL,
    CONSTRAINT ck_order_return_line CHECK (quantity > 0 AND received_quantity >= 0 AND received_quantity <= quantity)
);
CREATE INDEX ix_order_return_line_return ON order_return_line (return_id, id);
