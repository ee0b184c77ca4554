package org.omnistock.messages.customer;

import java.time.Instant;

/**
 * A customer profile changed, on {@link org.omnistock.messages.Destinations#CUSTOMER_CHANGED}: created, its details
 * or keys changed, another profile merged into it ({@code merged} names that one, which is gone), or it was erased
 * ({@code pointsBalance} as it stood then; points moved by sales and orders are not announced). Carries no personal data: a receiver that needs the profile reads it through the API. A
 * receiver ignores an event whose {@code sequence} is not newer than the one it holds for the customer.
 */
public record CustomerChanged(int schemaVersion, String eventId, String customerNumber, String change, String merged,
                              long pointsBalance, long sequence, Instant changedAt) {

    public static final int SCHEMA_VERSION = 1;
    public static final String EVENT_TYPE = "CustomerChanged";
}
