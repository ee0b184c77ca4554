package org.omnistock.account.view;

import static org.omnistock.platform.Text.blankToNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.access.entity.Scopes;
import org.omnistock.account.boundary.ApiClients;
import org.omnistock.account.boundary.BrokerCredentials;
import org.omnistock.account.boundary.ClientChange;
import org.omnistock.account.boundary.ClientView;
import org.omnistock.account.boundary.IssuedSecret;
import org.omnistock.account.boundary.NewClient;
import org.omnistock.account.boundary.StoreCredentials;
import org.omnistock.platform.view.Messages;

/** Backs access/clients.xhtml: API clients, their scopes and bindings, and their secrets (shown once), for admins. */
@Named
@ViewScoped
public class ClientsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiClients clients;

    @Inject
    StoreCredentials storeCredentials;

    private List<ClientView> all = List.of();

    private String clientId;
    private String name;
    private List<String> scopes = new ArrayList<>(List.of(Scopes.READ));
    private String location;
    private String channel;

    /** The secret just issued, shown on this page once and then forgotten. */
    private IssuedSecret issued;

    private String store;
    /** The broker credentials just issued for a store, shown once. */
    private BrokerCredentials brokerCredentials;

    public void load() {
        all = clients.list();
    }

    public void create() {
        issued = Messages.attempt(() -> clients.create(new NewClient(clientId, name, Set.copyOf(scopes),
                blankToNull(location), blankToNull(channel))));
        if (issued != null) {
            Messages.info("API client " + clientId + " created; copy its secret now, it is not shown again");
            clientId = null;
            name = null;
        }
        load();
    }

    public void rotate(ClientView client) {
        issued = Messages.attempt(() -> clients.rotateSecret(client.clientId()));
        if (issued != null) {
            Messages.info("New secret for " + client.clientId() + "; the old one no longer works");
        }
        load();
    }

    /** Enables a disabled client, or disables an enabled one: its tokens stop working within seconds. */
    public void toggle(ClientView client) {
        ClientView changed = Messages.attempt(() -> clients.change(client.clientId(), new ClientChange(client.name(),
                Set.copyOf(client.scopes()), client.location(), client.channel(), !client.enabled())));
        if (changed != null) {
            Messages.info(changed.clientId() + (changed.enabled() ? " enabled" : " disabled: its tokens no longer work"));
        }
        issued = null;
        load();
    }

    /** A store's own broker user, with a new password. */
    public void issueStoreCredentials() {
        brokerCredentials = Messages.attempt(() -> storeCredentials.issue(blankToNull(store)));
        if (brokerCredentials != null) {
            Messages.info("Broker user " + brokerCredentials.user() + " has a new password; copy it now");
        }
        issued = null;
    }

    public String getStore() {
        return store;
    }

    public void setStore(String store) {
        this.store = store;
    }

    public BrokerCredentials getBrokerCredentials() {
        return brokerCredentials;
    }

    public String scopesOf(ClientView client) {
        return String.join(" ", client.scopes());
    }

    public List<String> getAllScopes() {
        return List.copyOf(Scopes.DESCRIPTIONS.keySet());
    }

    public String describe(String scope) {
        return Scopes.DESCRIPTIONS.get(scope);
    }

    public List<ClientView> getAll() {
        return all;
    }

    public IssuedSecret getIssued() {
        return issued;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> scopes) {
        this.scopes = scopes;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }
}
