package org.omnistock.stock.entity;

/** A movement that the ledger's rules do not allow; nothing was changed. */
public class StockRuleViolation extends RuntimeException {

    private final String code;

    public StockRuleViolation(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A short, stable name of the rule, e.g. {@code negative-on-hand}. */
    public String code() {
        return code;
    }
}
