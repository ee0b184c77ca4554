-- Orders carry tax (docs/sale-to-cash.md, "orders' tax"): a channel that taxes names where it sells from (its tax
-- home: the seller's country and region; none: its orders are not taxed, as before); a delivery address may name
-- its region (GST's state); each order line keeps the tax in what it costs, and the order its tax by rate.
ALTER TABLE sales_channel ADD COLUMN tax_country VARCHAR(2);
ALTER TABLE sales_channel ADD COLUMN tax_region VARCHAR(6);
ALTER TABLE order_delivery_group ADD COLUMN region VARCHAR(6);
ALTER TABLE order_line ADD COLUMN tax_total DECIMAL(19, 4) DEFAULT 0 NOT NULL;
CREATE TABLE order_tax (
    order_id BIGINT         NOT NULL REFERENCES customer_order (id),
    entry_no INTEGER        NOT NULL,
    name     VARCHAR(40)    NOT NULL,
    percent  DECIMAL(9, 5)  NOT NULL,
    base     DECIMAL(19, 4) NOT NULL,
    tax      DECIMAL(19, 4) NOT NULL,
    PRIMARY KEY (order_id, entry_no)
);
