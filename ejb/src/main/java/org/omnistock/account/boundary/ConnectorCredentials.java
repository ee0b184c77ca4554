package org.omnistock.account.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.entity.EventAccess;
import org.omnistock.access.entity.Scopes;
import org.omnistock.account.control.BrokerManagement;
import org.omnistock.account.control.Passwords;
import org.omnistock.messages.Destinations;
import org.omnistock.platform.Refusal;

/**
 * A broker user for an API client's connector, issued like a store's: it may read the event addresses the client's
 * scopes allow (live, and in durable subscriptions of its own) and send nowhere. {@code read} opens stock, channel
 * stock, prices, promotions, SKUs and orders' status; {@code customers:read} also customers' changes and wish-list
 * notices, {@code books:read} the journal's entries ({@link EventAccess}, the rule webhooks follow too).
 * Issuing again gives a new password and brings the user's addresses in line with the client's scopes; a client that
 * is disabled, or whose scopes change, loses its broker user (issue it again).
 *
 * <p>The user is {@code connector-<clientId>}, with the roles {@code connector}, one per scope it reads by
 * ({@code connector-read}, {@code connector-customers}, {@code connector-books}: broker.xml lets them consume those
 * addresses) and {@code connector-<clientId>}, whose durable subscriptions are fully qualified matches added here.</p>
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConnectorCredentials {

    private static final Logger LOG = Logger.getLogger(ConnectorCredentials.class.getName());
    private static final String USER_PREFIX = "connector-";
    private static final String SERVER_ROLES = "server,admin";
    /** The broker's refusal to remove a user that does not exist. */
    private static final String NO_SUCH_USER = "AMQ229224";

    @Inject
    Access access;

    @Inject
    ApiClients clients;

    @Inject
    Passwords passwords;

    @Inject
    BrokerManagement broker;

    /**
     * A new password for the client's connector, with the addresses its scopes allow now.
     *
     * @throws Refusal NOT_FOUND {@code unknown-client}; INVALID {@code client-reads-no-events} for a client
     *                 without {@code read}, {@code client-disabled} for a disabled one
     */
    public ConnectorBrokerUser issue(String clientId) {
        access.require(Scopes.ADMIN);
        ClientView client = clients.findByClientId(clientId).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND,
                "unknown-client", "there is no API client " + clientId));
        if (!client.enabled()) {
            throw new Refusal(Refusal.Kind.INVALID, "client-disabled", "API client " + clientId + " is disabled");
        }
        if (!client.scopes().contains(Scopes.READ)) {
            throw new Refusal(Refusal.Kind.INVALID, "client-reads-no-events", "API client " + clientId
                    + " has no read scope: its connector would read no event");
        }
        String user = USER_PREFIX + clientId;
        String own = USER_PREFIX + clientId + "," + SERVER_ROLES;
        List<String> addresses = EventAccess.readable(client.scopes());
        StringBuilder roles = new StringBuilder("connector,connector-read,").append(USER_PREFIX).append(clientId);
        if (addresses.containsAll(EventAccess.CUSTOMERS)) {
            roles.append(",connector-customers");
        }
        if (addresses.containsAll(EventAccess.BOOKS)) {
            roles.append(",connector-books");
        }
        String password = passwords.newSecret();
        boolean renewed = !broker.tryInvoke(BrokerManagement.USER_EXISTS, "addUser", user, password,
                roles.toString(), false);
        if (renewed) {
            broker.invoke("resetUser", user, password, roles.toString(), false);
        }
        List<String> subscriptions = new ArrayList<>();
        List<BrokerManagement.Operation> settings = new ArrayList<>();
        for (String address : addresses) {
            String queue = address + "::" + user + "." + Destinations.subscription(address);
            settings.add(BrokerManagement.ownSubscription(queue, own));
            subscriptions.add(queue);
        }
        broker.invokeAll(settings);
        LOG.info(() -> "Broker user " + (renewed ? "renewed" : "issued") + " for the connector of API client "
                + clientId);
        return new ConnectorBrokerUser(clientId, user, password, addresses, List.copyOf(subscriptions));
    }

    /**
     * The client's connector loses its broker user (the client was disabled, or its scopes changed); nothing if it
     * had none. A broker that cannot be asked now is said so in the log: the admin removes the user by hand.
     */
    public void revoke(String clientId) {
        String user = USER_PREFIX + clientId;
        try {
            if (broker.tryInvoke(NO_SUCH_USER, "removeUser", user)) {
                LOG.info(() -> "Broker user " + user + " of API client " + clientId + " removed");
            }
        } catch (IllegalStateException e) {
            LOG.severe(() -> "Broker user " + user + " of API client " + clientId + " could not be removed ("
                    + e.getMessage() + "): remove it with 'artemis user rm' once the broker is back");
        }
    }
}
