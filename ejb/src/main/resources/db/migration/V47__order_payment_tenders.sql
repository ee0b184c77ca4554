-- How an order was paid and paid back: the channel's provider (CARD, every payment recorded before), a gift card
-- (shown by its last four, never its code) or the customer's store credit (docs/sale-to-cash.md, orders' tenders).
ALTER TABLE order_payment ADD COLUMN tender VARCHAR(16) DEFAULT 'CARD' NOT NULL;
ALTER TABLE order_payment ADD COLUMN card_shown VARCHAR(24);
