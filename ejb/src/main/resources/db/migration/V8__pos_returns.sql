-- A POS receipt may bring units back (an exchange, a return of a web order at a store): such a line records the
-- state its units went back into; it is null on a sold line.
ALTER TABLE sale_line ADD COLUMN return_condition VARCHAR(16);
