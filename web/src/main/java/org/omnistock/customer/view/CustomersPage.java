package org.omnistock.customer.view;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.customer.boundary.CustomerSummary;
import org.omnistock.customer.boundary.Customers;
import org.omnistock.platform.Page;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.view.Messages;

/** Backs customer/customers.xhtml: customers found by name, number or any key (a phone number however typed). */
@Named
@ViewScoped
public class CustomersPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;

    @Inject
    Customers customers;

    private String query;
    private List<CustomerSummary> found = List.of();
    private long total;

    public void load() {
        try {
            Page<CustomerSummary> page = customers.search(query, 0, SHOWN);
            found = page.items();
            total = page.total();
        } catch (Refusal refusal) {
            Messages.warn(refusal.getMessage());
        }
    }

    public List<CustomerSummary> getFound() {
        return found;
    }

    public long getTotal() {
        return total;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
