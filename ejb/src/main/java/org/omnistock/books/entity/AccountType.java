package org.omnistock.books.entity;

/** What an account records, which says on which side its balance normally is. */
public enum AccountType {
    ASSET(true), LIABILITY(false), EQUITY(false), REVENUE(false), EXPENSE(true);

    private final boolean debitNormal;

    AccountType(boolean debitNormal) {
        this.debitNormal = debitNormal;
    }

    /** Whether the account's balance is normally a debit (assets, expenses) rather than a credit. */
    public boolean debitNormal() {
        return debitNormal;
    }
}
