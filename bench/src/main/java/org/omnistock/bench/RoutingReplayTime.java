package org.omnistock.bench;

import java.time.Duration;
import java.time.Instant;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * What-if replay: a draft of the active rules with distance weighing twice as much, replayed on the orders first
 * routed in the last -Dhours (default 24), at most -Dmax (default 10000); prints how many delivery groups, how long
 * the server took and the round trip. Run after B2, which places the orders.
 */
public final class RoutingReplayTime {

    public static void main(String[] args) throws Exception {
        int hours = Integer.getInteger("hours", 24);
        int max = Integer.getInteger("max", 10_000);
        JsonObject active = Rest.getArray("/api/v1/routing/rule-sets").stream().map(v -> v.asJsonObject())
                .filter(v -> v.getString("status").equals("ACTIVE")).findFirst().orElseThrow();
        var strategies = Json.createArrayBuilder();
        active.getJsonArray("strategies").forEach(s -> {
            JsonObject strategy = s.asJsonObject();
            JsonObject weights = strategy.getJsonObject("weights");
            strategies.add(Json.createObjectBuilder(strategy).add("weights", Json.createObjectBuilder(weights)
                    .add("distance", weights.getJsonNumber("distance").doubleValue() * 2)));
        });
        String draft = Json.createObjectBuilder().add("name", "Replay benchmark: distance twice")
                .add("strategies", strategies).build().toString();
        var created = Rest.post("/api/v1/routing/rule-sets", draft);
        Rest.expect(201, created);
        int version = Json.createReader(new java.io.StringReader(created.body())).readObject().getInt("version");
        Instant to = Instant.now();
        long started = System.nanoTime();
        var replay = Rest.post("/api/v1/routing/rule-sets/" + version + "/replays", "{\"from\":\""
                + to.minus(Duration.ofHours(hours)) + "\",\"to\":\"" + to + "\",\"max\":" + max + "}");
        long wall = (System.nanoTime() - started) / 1_000_000;
        Rest.expect(200, replay);
        JsonObject report = Json.createReader(new java.io.StringReader(replay.body())).readObject();
        System.out.printf("Replay: %d delivery groups under draft %d in %d ms on the server, %d ms round trip; "
                + "%d would go to the same locations%n", report.getInt("groups"), version, report.getJsonNumber(
                "millis").longValue(), wall, report.getInt("unchanged"));
    }
}
