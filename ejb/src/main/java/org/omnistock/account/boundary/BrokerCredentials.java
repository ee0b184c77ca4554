package org.omnistock.account.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * What a store's till or store agent connects to the broker with; the password is shown this once.
 *
 * @param user          the broker user, the store's code
 * @param subscriptions the queues ({@code address::queue}) of the durable subscriptions the store may hold, its code
 *                      being the client id: named after the address on each address, or after the store on one
 * @param tasks         the addresses of the store's own work (fulfilment), which only it may consume
 */
public record BrokerCredentials(String store, String user, String password, List<String> subscriptions,
                                String tasks) implements Serializable {
}
