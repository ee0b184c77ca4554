-- What a country's documents must print besides the figures (the seller's legal name, tax and company numbers, a
-- returns notice): printed at the foot of every receipt and invoice supplied there.
ALTER TABLE tax_jurisdiction ADD COLUMN document_text VARCHAR(500);
