-- How a till's receipt was paid (docs/sale-to-cash.md, "tenders"): cash with what was handed over, a card with the
-- terminal's reference. Signed: a receipt of goods brought back pays money back.
CREATE TABLE sale_tender (
    sale_id     BIGINT         NOT NULL REFERENCES sale (id),
    entry_no    INTEGER        NOT NULL,
    tender_type VARCHAR(16)    NOT NULL,
    amount      DECIMAL(19, 4) NOT NULL,
    reference   VARCHAR(64),
    given       DECIMAL(19, 4),
    PRIMARY KEY (sale_id, entry_no)
);

-- Cash in the tills and card payments on their way from the acquirer, apart from the clearing account of takings
-- whose tender a till did not say.
INSERT INTO account (account_number, name, account_type, created_at) VALUES
    ('1010', 'Cash in tills', 'ASSET', CURRENT_TIMESTAMP),
    ('1020', 'Card settlements', 'ASSET', CURRENT_TIMESTAMP);

INSERT INTO account_mapping (event_type, line_role, account_number, effective_from, created_by, created_at) VALUES
    ('*', 'cash', '1010', CAST('1970-01-01 00:00:00' AS TIMESTAMP), 'default chart', CURRENT_TIMESTAMP),
    ('*', 'card', '1020', CAST('1970-01-01 00:00:00' AS TIMESTAMP), 'default chart', CURRENT_TIMESTAMP);
