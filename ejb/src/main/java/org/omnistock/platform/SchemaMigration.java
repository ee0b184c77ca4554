package org.omnistock.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything uses the persistence unit. Every other start-up bean that touches
 * the database declares {@code @DependsOn("SchemaMigration")}.
 *
 * <p>Runs outside a JTA transaction: Flyway commits each migration itself. The empty {@code flyway.location} files
 * let Flyway list the migrations inside an EAR on Liberty, where it otherwise finds none and says nothing.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/omnistock")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .placeholders(Map.of("large_text", largeText()))
                .locations("classpath:db/migration")
                .callbackLocations("classpath:db/callback")
                // Liberty makes its session table (server.xml, httpSessionDatabase) as the server starts, before
                // this runs: on a new database Flyway would find a schema that is not empty and refuse. Version 0
                // is before every migration, so all of them still run.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        MigrateResult result = flyway.migrate();
        int appliedVersionCount = flyway.info().applied().length;
        if (appliedVersionCount == 0) {
            throw new IllegalStateException("no database migration was found or applied: the schema is missing");
        }
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations run now, " + appliedVersionCount + " applied in all)");
    }

    /** The column type for text of any length, which the databases spell differently: {@code ${large_text}}. */
    private String largeText() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")
                    ? "TEXT" : "CLOB";
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database this is", e);
        }
    }
}
