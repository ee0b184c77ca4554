package org.omnistock.purchasing.boundary;

import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.entity.Scopes;
import org.omnistock.account.control.BrokerManagement;
import org.omnistock.account.control.Passwords;
import org.omnistock.messages.Destinations;
import org.omnistock.purchasing.control.PurchasingRecords;

/**
 * A broker user for a supplier, {@code supplier-<code>} with the role {@code supplier}: it may send shipping notices
 * to {@value Destinations#PURCHASING_ASN} and nothing else (broker.xml), and the server records only the notices of
 * the supplier it is. Issuing again gives a new password.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SupplierCredentials {

    private static final Logger LOG = Logger.getLogger(SupplierCredentials.class.getName());

    @Inject
    Access access;

    @Inject
    PurchasingRecords records;

    @Inject
    Passwords passwords;

    @Inject
    BrokerManagement broker;

    /** The supplier's broker user and its new password, shown once. */
    public record SupplierBrokerUser(String supplier, String user, String password, String sendsTo) {
    }

    public SupplierBrokerUser issue(String supplierCode) {
        access.require(Scopes.ADMIN);
        records.knownSupplier(supplierCode);
        String user = ShippingNotices.BROKER_USER_PREFIX + supplierCode;
        String password = passwords.newSecret();
        boolean renewed = !broker.tryInvoke(BrokerManagement.USER_EXISTS, "addUser", user, password, "supplier",
                false);
        if (renewed) {
            broker.invoke("resetUser", user, password, "supplier", false);
        }
        LOG.info(() -> "Broker user " + user + (renewed ? " renewed" : " issued") + " for supplier " + supplierCode);
        return new SupplierBrokerUser(supplierCode, user, password, Destinations.PURCHASING_ASN);
    }
}
