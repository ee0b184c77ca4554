-- What actually came of an announced delivery line, beside what was announced: the differences goods in shows.
ALTER TABLE incoming_stock ADD COLUMN received_quantity BIGINT;
