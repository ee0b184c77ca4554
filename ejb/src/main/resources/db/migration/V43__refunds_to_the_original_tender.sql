-- A receipt of goods brought back may name the receipt they were bought on (<store>/<receipt>): what it pays back is
-- held to the tenders that receipt was paid with, less what was paid back against it before.
ALTER TABLE sale ADD COLUMN refund_of VARCHAR(100);
CREATE INDEX sale_refund_of ON sale (refund_of);
