package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** The server is ready, on the database this build asked for (so a PostgreSQL run really runs on PostgreSQL). */
class HealthIT {

    @Test
    void theServerIsReadyOnTheDatabaseTheBuildChose() {
        Api.Reply ready = Api.get("/health/ready");

        assertEquals(200, ready.status(), ready.body());
        JsonObject database = ready.json().getJsonArray("checks").stream().map(v -> v.asJsonObject())
                .filter(check -> check.getString("name").equals("database")).findFirst().orElseThrow();
        assertEquals("UP", database.getString("status"));
        String product = database.getJsonObject("data").getString("product").toLowerCase(Locale.ROOT);
        String expected = System.getProperty("omnistock.db", "derby");
        assertTrue(product.contains(expected), "the server runs on " + product + ", not on " + expected);
    }
}
