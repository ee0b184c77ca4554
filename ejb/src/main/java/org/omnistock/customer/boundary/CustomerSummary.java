package org.omnistock.customer.boundary;

import org.omnistock.customer.entity.Customer;

/** A line of a customer search. */
public record CustomerSummary(String number, String name, String homeStore, long pointsBalance) {

    public static CustomerSummary of(Customer customer) {
        return new CustomerSummary(customer.getNumber(), customer.getName(),
                customer.getHomeStore() == null ? null : customer.getHomeStore().getCode(),
                customer.getPointsBalance());
    }
}
