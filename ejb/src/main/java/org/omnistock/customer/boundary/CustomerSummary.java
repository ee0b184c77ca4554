package org.omnistock.customer.boundary;

import java.io.Serializable;
import org.omnistock.customer.entity.Customer;

/** A line of a customer search. */
public record CustomerSummary(String number, String name, String homeStore, long pointsBalance)
        implements Serializable {

    public static CustomerSummary of(Customer customer) {
        return new CustomerSummary(customer.getNumber(), customer.getName(),
                customer.getHomeStore() == null ? null : customer.getHomeStore().getCode(),
                customer.getPointsBalance());
    }
}
