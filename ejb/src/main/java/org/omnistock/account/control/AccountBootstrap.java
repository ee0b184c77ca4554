package org.omnistock.account.control;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.omnistock.access.boundary.Access;
import org.omnistock.account.boundary.ApiClients;
import org.omnistock.account.boundary.Users;

/**
 * The first way in on an empty database, without any default password: the user {@code admin} with the password in
 * {@code omnistock.admin.password} (or a random one, written to the log once), and the {@code bootstrap} API client
 * when {@code omnistock.bootstrap.client.secret} is set.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

    @Inject
    @ConfigProperty(name = "omnistock.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "omnistock.bootstrap.client.secret")
    Optional<String> bootstrapSecret;

    @Inject
    Users users;

    @Inject
    ApiClients clients;

    @PostConstruct
    void bootstrap() {
        Access.asSystem(() -> {
            users.createFirstAdmin(adminPassword.orElse(null)).ifPresentOrElse(
                    made -> LOG.warning("Created the first admin user: admin, password " + made
                            + " (shown only now; sign in and change it, or set omnistock.admin.password)"),
                    () -> LOG.fine("Staff users exist already or the admin password was configured"));
            if (clients.createBootstrapClient(bootstrapSecret.orElse(null))) {
                LOG.info("Created the API client " + ApiClients.BOOTSTRAP_CLIENT + " with every scope");
            }
        });
    }
}
