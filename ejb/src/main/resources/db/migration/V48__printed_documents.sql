-- Documents print what they were issued with (docs/sale-to-cash.md, "documents"): an order's invoice and a return's
-- credit note keep their lines and their tax by rate, written with the number in the same transaction, so a
-- document printed next year shows what was issued, whatever happens to the order after. A till receipt's document
-- prints its sale, which does not change. An order line keeps its tax per component and rate, as the tax engine
-- gave it, for the invoices of its units.
CREATE TABLE sales_document_line (
    document_number VARCHAR(64)    NOT NULL REFERENCES sales_document (document_number),
    line_no         INTEGER        NOT NULL,
    sku             VARCHAR(64)    NOT NULL,
    name            VARCHAR(200),
    quantity        INTEGER        NOT NULL,
    unit_price      DECIMAL(19, 4),
    amount          DECIMAL(19, 4) NOT NULL,
    tax             DECIMAL(19, 4) NOT NULL,
    note            VARCHAR(40),
    PRIMARY KEY (document_number, line_no)
);
CREATE TABLE sales_document_tax (
    document_number VARCHAR(64)    NOT NULL REFERENCES sales_document (document_number),
    entry_no        INTEGER        NOT NULL,
    name            VARCHAR(40)    NOT NULL,
    percent         DECIMAL(9, 5)  NOT NULL,
    base            DECIMAL(19, 4) NOT NULL,
    tax             DECIMAL(19, 4) NOT NULL,
    PRIMARY KEY (document_number, entry_no)
);
CREATE TABLE order_line_tax (
    order_line_id BIGINT         NOT NULL REFERENCES order_line (id),
    entry_no      INTEGER        NOT NULL,
    name          VARCHAR(40)    NOT NULL,
    percent       DECIMAL(9, 5)  NOT NULL,
    base          DECIMAL(19, 4) NOT NULL,
    tax           DECIMAL(19, 4) NOT NULL,
    PRIMARY KEY (order_line_id, entry_no)
);
