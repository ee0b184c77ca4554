package org.omnistock.account.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.entity.Scopes;
import org.omnistock.account.control.BrokerManagement;
import org.omnistock.account.control.Passwords;
import org.omnistock.location.boundary.Locations;
import org.omnistock.location.entity.Location;
import org.omnistock.messages.Destinations;

/**
 * A location's own broker user, so that every store and warehouse talks to the broker as itself: it may send sales
 * (which the server accepts only from a store, for itself) and fulfilment updates (only for its own fulfilments),
 * watch every event address live, and hold durable subscriptions and consume work of its own only. Issuing
 * credentials again gives the location a new password (the old one stops working).
 *
 * <p>The user is named after the store's code, with the roles {@code store} and {@code store-<code>}; the
 * permissions of {@code store-<code>} are fully qualified matches added to the broker's security settings. Both are
 * kept by the broker (its users file and its journal).</p>
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StoreCredentials {

    /** The event addresses on which a store keeps a durable subscription. */
    public static final List<String> SUBSCRIBED = List.of(Destinations.STOCK_CHANGED,
            Destinations.CHANNEL_STOCK_CHANGED, Destinations.PRICE_CHANGED, Destinations.PROMOTION_CHANGED,
            Destinations.SKU_CHANGED);

    private static final Logger LOG = Logger.getLogger(StoreCredentials.class.getName());
    private static final String SERVER_ROLES = "server,admin";

    @Inject
    Access access;

    @Inject
    Locations locations;

    @Inject
    Passwords passwords;

    @Inject
    BrokerManagement broker;

    /** New credentials for the store, with a password made up here. */
    public BrokerCredentials issue(String storeCode) {
        return issueWithPassword(storeCode, passwords.newSecret());
    }

    /** New credentials with a password chosen elsewhere: the demo's documented ones. */
    public BrokerCredentials issueWithPassword(String storeCode, String password) {
        access.require(Scopes.ADMIN);
        Location store = locations.require(storeCode);
        String user = store.getCode();
        String own = "store-" + user + "," + SERVER_ROLES;
        String roles = "store,store-" + user;
        boolean renewed = !broker.tryInvoke(BrokerManagement.USER_EXISTS, "addUser", user, password, roles, false);
        if (renewed) {
            broker.invoke("resetUser", user, password, roles, false);
        }
        List<BrokerManagement.Operation> settings = new ArrayList<>();
        for (String address : SUBSCRIBED) {
            for (String queue : subscriptionQueues(user, address)) {
                settings.add(BrokerManagement.ownSubscription(address + "::" + queue, own));
            }
        }
        // Its work queue: the server sends, the location reads, and may make the queue if it connects first
        // (match, send, consume, createDurableQueue, deleteDurableQueue, createNonDurableQueue,
        // deleteNonDurableQueue, manage, browse, createAddress, deleteAddress).
        settings.add(new BrokerManagement.Operation("addSecuritySettings", tasks(user), SERVER_ROLES, own, own,
                SERVER_ROLES, "", "", "", own, own, SERVER_ROLES));
        broker.invokeAll(settings);
        LOG.info(() -> "Broker credentials " + (renewed ? "renewed" : "issued") + " for store " + user);
        return new BrokerCredentials(user, user, password,
                SUBSCRIBED.stream().flatMap(a -> subscriptionQueues(user, a).stream().map(q -> a + "::" + q)).toList(),
                tasks(user));
    }

    /**
     * The queues of the store's durable subscriptions on the address (client id the store's code): named after the
     * address ({@link Destinations#subscription}), one on each address; and named after the store, on one address
     * only (Artemis queue names are unique across addresses), as tills written before the agent subscribe.
     */
    private static List<String> subscriptionQueues(String store, String address) {
        return List.of(store + "." + Destinations.subscription(address), store + "." + store);
    }

    private static String tasks(String store) {
        return "omnistock.location." + store + ".#";
    }
}
