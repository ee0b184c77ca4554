-- The profiles merged into a customer are looked up on every purchase that earns (its tier counts their history
-- too), not only when a person opens the customer: without an index that is a scan of every customer.
CREATE INDEX ix_customer_merged_into ON customer (merged_into_id);
-- How many profiles were merged into a customer: with none (nearly everyone), a purchase need not look for them.
ALTER TABLE customer ADD COLUMN merged_profiles INTEGER NOT NULL DEFAULT 0;
UPDATE customer SET merged_profiles = (SELECT COUNT(*) FROM customer m WHERE m.merged_into_id = customer.id)
WHERE id IN (SELECT merged_into_id FROM customer WHERE merged_into_id IS NOT NULL);
