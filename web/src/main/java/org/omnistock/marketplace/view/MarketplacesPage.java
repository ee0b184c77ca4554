package org.omnistock.marketplace.view;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.marketplace.boundary.AccountView;
import org.omnistock.marketplace.boundary.ListingView;
import org.omnistock.marketplace.boundary.Marketplaces;
import org.omnistock.marketplace.boundary.ReconciliationRow;
import org.omnistock.platform.view.Messages;

/**
 * Backs marketplace/marketplaces.xhtml, for admins: every account's health (last poll, push and full sync, the
 * backlog, errors, throttled calls), one account's listings with their sync state, a full sync, a re-read of the
 * last day's orders, and the reconciliation of the shop's figures against the channel's.
 */
@Named
@ViewScoped
public class MarketplacesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Marketplaces marketplaces;

    private List<AccountView> accounts = List.of();
    private AccountView selected;
    private List<ListingView> listings = List.of();
    private List<ReconciliationRow> reconciliation;

    public void load() {
        accounts = marketplaces.list();
        if (selected != null) {
            selected = accounts.stream().filter(a -> a.code().equals(selected.code())).findFirst().orElse(null);
            listings = selected == null ? List.of() : marketplaces.listings(selected.code());
        }
    }

    public void select(AccountView account) {
        selected = account;
        reconciliation = null;
        load();
    }

    public void fullSync(AccountView account) {
        if (Messages.attempt(() -> marketplaces.fullSync(account.code())) != null) {
            Messages.info("Every listing of " + account.code() + " is pushed again, within its quota");
        }
        load();
    }

    public void reread(AccountView account) {
        if (Messages.attempt(() -> marketplaces.reread(account.code(), 24)) != null) {
            Messages.info("The last day's orders of " + account.code() + " are read again");
        }
        load();
    }

    public void toggle(AccountView account) {
        if (Messages.attempt(() -> marketplaces.enable(account.code(), !account.enabled())) != null) {
            Messages.info(account.code() + (account.enabled() ? " paused: nothing is polled or pushed"
                    : " working again"));
        }
        load();
    }

    public void reconcile() {
        reconciliation = Messages.attempt(() -> marketplaces.reconciliation(selected.code(), 0));
    }

    /** How many of the reconciled listings differ. */
    public long getDiffering() {
        return reconciliation == null ? 0 : reconciliation.stream().filter(r -> r.reason() != null).count();
    }

    public List<AccountView> getAccounts() {
        return accounts;
    }

    public AccountView getSelected() {
        return selected;
    }

    public List<ListingView> getListings() {
        return listings;
    }

    public List<ReconciliationRow> getReconciliation() {
        return reconciliation;
    }
}
