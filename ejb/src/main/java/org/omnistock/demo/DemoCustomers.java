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
import org.omnistock.customer.boundary.Loyalty;
import org.omnistock.customer.boundary.LoyaltyTerms;
import org.omnistock.customer.entity.KeyKind;
import org.omnistock.customer.entity.LoyaltyProgram;
import org.omnistock.wishlist.boundary.WishInput;
import org.omnistock.wishlist.boundary.WishLists;

/**
 * The demo's customers: a dozen people with an email address, a phone number and a loyalty card each, who placed
 * the demo week's orders (order {@code i} was placed by customer {@code i % 12}, known to its channel as
 * {@code demo-customer-<i>}), so each profile shows orders of several channels and the points they earned, and the
 * tier those reach; the first three wish for something.
 */
@Stateless
public class DemoCustomers {

    static final String[][] PEOPLE = {
            {"Anna de Vries", "S001"}, {"Bram Jansen", "S002"}, {"Carla Smit", "S003"}, {"Dirk Bakker", "S004"},
            {"Eva Visser", "S005"}, {"Finn Mulder", "S006"}, {"Guus de Boer", "S007"}, {"Hanna Peeters", "S008"},
            {"Ilse Maes", "S009"}, {"Joris Claes", "S010"}, {"Kim Meijer", "S001"}, {"Lotte de Jong", "S002"}};

    @Inject
    Customers customers;

    @Inject
    Loyalty loyalty;

    @Inject
    WishLists wishLists;

    /**
     * The demo's loyalty terms, when no tiers are set yet (before the week's orders, which earn): points valid a
     * year, silver from 100 euros spent in a year, gold from 300, priced as the VIP customer group.
     */
    public void loyaltyTerms() {
        LoyaltyTerms terms = loyalty.terms();
        if (terms.tiers().isEmpty()) {
            loyalty.changeTerms(new LoyaltyTerms(terms.pointsPerUnit(), terms.pointValue(), 365, 365,
                    LoyaltyProgram.TierMeasure.SPEND, List.of(
                    new LoyaltyTerms.Tier("SILVER", "Silver", new BigDecimal("100.00"), null),
                    new LoyaltyTerms.Tier("GOLD", "Gold", new BigDecimal("300.00"), "VIP")), null, null));
        }
    }

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
            String number = customers.create(new NewCustomer(name, keys, person % 3 != 0, person % 4 == 0, null,
                    PEOPLE[person][1], List.of(new AddressInput("home", "Demostraat " + (person + 1), null, "1012 AB",
                            "Amsterdam", "NL", new BigDecimal("52.367600"), new BigDecimal("4.904100"))))).number();
            if (person < 3 && week.size() > person + 1) {
                wishLists.add(number, week.get(person + 1).lines().get(0).sku(), new WishInput(null, "EUR"));
            }
            created++;
        }
        return created;
    }
}
