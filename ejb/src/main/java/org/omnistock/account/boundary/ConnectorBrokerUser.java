package org.omnistock.account.boundary;

import java.util.List;

/**
 * What an API client's connector (a marketplace's, an ERP's) connects to the broker with; the password is shown
 * this once.
 *
 * @param user          the broker user, {@code connector-<clientId>}
 * @param addresses     the event addresses it may read, as its scopes allow; it may send nowhere
 * @param subscriptions the queues ({@code address::queue}) of the durable subscriptions it may hold, the user being
 *                      the client id
 */
public record ConnectorBrokerUser(String clientId, String user, String password, List<String> addresses,
                                  List<String> subscriptions) {
}
