package org.omnistock.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.omnistock.customer.boundary.AddressInput;
import org.omnistock.customer.boundary.Customers;
import org.omnistock.customer.boundary.KeyInput;
import org.omnistock.customer.boundary.NewCustomer;
import org.omnistock.customer.entity.KeyKind;

/**
 * The demo's customers: a dozen people with an email address, a phone number and a loyalty card each, who placed
 * the demo week's orders (order {@code i} was placed by customer {@code i % 12}, known to its channel as
 * {@code demo-customer-<i>}), so each profile shows orders of several channels and the points they earned.
 */
@Stateless
public class DemoCustomers {

    static final String[][] PEOPLE = {
            {"Anna de Vries", "S001"}, {"Bram Jansen", "S002"}, {"Carla Smit", "S003"}, {"Dirk Bakker", "S004"},
            {"Eva Visser", "S005"}, {"Finn Mulder", "S006"}, {"Guus de Boer", "S007"}, {"Hanna Peeters", "S008"},
            {"Ilse Maes", "S009"}, {"Joris Claes", "S010"}, {"Kim Meijer", "S001"}, {"Lotte de Jong", "S002"}};

    @Inject
    Customers customers;

    /** @return how many were created (none when the demo ran before) */
    public int createMissing(List<DemoOrders.DemoOrder> week) {
        int created = 0;
        for (int person = 0; person < PEOPLE.length; person++) {
            String card = String.format("LC%08d", 10_000_001 + person);
            if (customers.owner(KeyKind.CARD, card).isPresent()) {
                continue;
            }
            String name = PEOPLE[person][0];
            List<KeyInput> keys = new ArrayList<>();
            keys.add(new KeyInput(KeyKind.EMAIL, name.toLowerCase().replace(' ', '.') + "@example.nl"));
            keys.add(new KeyInput(KeyKind.PHONE, String.format("06%08d", 20_000_001 + person)));
            keys.add(new KeyInput(KeyKind.CARD, card));
            for (int i = person; i < week.size(); i += PEOPLE.length) {
                keys.add(new KeyInput(KeyKind.EXTERNAL, week.get(i).channel() + ":demo-customer-" + i));
            }
            customers.create(new NewCustomer(name, keys, person % 3 != 0, person % 4 == 0, null, PEOPLE[person][1],
                    List.of(new AddressInput("home", "Demostraat " + (person + 1), null, "1012 AB", "Amsterdam",
                            "NL", new BigDecimal("52.367600"), new BigDecimal("4.904100")))));
            created++;
        }
        return created;
    }
}
