-- Who voided a document, beside when and why: a voided document keeps its number (docs/sale-to-cash.md).
ALTER TABLE sales_document ADD COLUMN voided_by VARCHAR(100);
