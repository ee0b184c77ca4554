package org.omnistock.marketplace.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.omnistock.marketplace.entity.MarketplaceAccount;

/** The connector for an account's kind of marketplace. */
@ApplicationScoped
public class Connectors {

    @Inject
    Instance<MarketplaceConnector> all;

    public MarketplaceConnector of(MarketplaceAccount account) {
        return all.stream().filter(c -> c.kind() == account.getKind()).findFirst().orElseThrow(
                () -> new IllegalStateException("no connector for " + account.getKind()));
    }
}
