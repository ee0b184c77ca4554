package org.omnistock.access.boundary;

import java.util.List;

/**
 * What a store's till or store agent connects to the broker with; the password is shown this once.
 *
 * @param user          the broker user, the store's code
 * @param subscriptions the durable subscriptions the store may hold: client id and subscription name are both the
 *                      store's code, on each of these addresses
 * @param tasks         the addresses of the store's own work (fulfilment), which only it may consume
 */
public record BrokerCredentials(String store, String user, String password, List<String> subscriptions,
                                String tasks) {
}
