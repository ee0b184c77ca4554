-- Points a customer spent on goods that came back are given back (REFUND), in proportion to what was refunded.
ALTER TABLE loyalty_movement DROP CONSTRAINT ck_loyalty_movement_kind;
ALTER TABLE loyalty_movement ADD CONSTRAINT ck_loyalty_movement_kind
    CHECK (movement_kind IN ('EARN', 'REVERSE', 'REDEEM', 'ADJUST', 'MERGE_IN', 'MERGE_OUT', 'EXPIRE', 'REFUND'));
