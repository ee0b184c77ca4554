-- An order's shipping charge (shipping less its discount) is invoiced and booked with its first goods to leave, and
-- given back on the credit note of the return that brings the last unit back: the order keeps its tax, per component
-- and rate, and whether it was invoiced. Orders that shipped before this kept their shipping out of the books; they
-- count as invoiced, so no later shipment of theirs charges it.
ALTER TABLE customer_order ADD COLUMN shipping_tax DECIMAL(19, 4) DEFAULT 0 NOT NULL;
ALTER TABLE customer_order ADD COLUMN shipping_invoiced BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE customer_order SET shipping_invoiced = TRUE
    WHERE EXISTS (SELECT 1 FROM order_line l WHERE l.order_id = customer_order.id AND l.sold_quantity > 0);
CREATE TABLE order_shipping_tax (
    order_id BIGINT         NOT NULL REFERENCES customer_order (id),
    entry_no INTEGER        NOT NULL,
    name     VARCHAR(40)    NOT NULL,
    percent  DECIMAL(9, 5)  NOT NULL,
    base     DECIMAL(19, 4) NOT NULL,
    tax      DECIMAL(19, 4) NOT NULL,
    PRIMARY KEY (order_id, entry_no)
);
