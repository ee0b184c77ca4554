-- One rounding rule per kind of amount (org.omnistock.messages.Money): a line's units are valued by position, so the
-- value of cancelled units is kept as it was worked out when they were cancelled, and a line counts the units that
-- left to the customer (its revenue) as it counts those that came back.
ALTER TABLE order_line ADD COLUMN cancelled_value DECIMAL(19,4) NOT NULL DEFAULT 0;
ALTER TABLE order_line ADD COLUMN sold_quantity INTEGER NOT NULL DEFAULT 0;
UPDATE order_line SET cancelled_value = CAST(net_total * cancelled_quantity / quantity AS DECIMAL(19,4))
    WHERE cancelled_quantity > 0;
UPDATE order_line SET sold_quantity = (SELECT COALESCE(SUM(fl.quantity), 0) FROM fulfilment_line fl
    JOIN fulfilment_order f ON f.id = fl.fulfilment_id
    WHERE fl.order_line_id = order_line.id AND (f.status = 'COLLECTED'
        OR f.status IN ('SHIPPED', 'DELIVERED') AND f.fulfilment_mode <> 'SHIP_TO_STORE'));
ALTER TABLE order_line ADD CONSTRAINT ck_order_line_settled CHECK (cancelled_value >= 0 AND sold_quantity >= 0);
