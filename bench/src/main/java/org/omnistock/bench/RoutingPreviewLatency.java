package org.omnistock.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * B5 through REST: {@code POST /api/v1/routing/preview} for orders of 5 to 15 lines of the 100,000 SKUs that
 * {@code b5-load.sh} spread over 500 locations, one request at a time on one kept-alive connection, after
 * -Dwarmup (default 2000) previews not counted; -Dpreviews (default 5000). Prints p50, p90, p99 and max: the whole
 * round trip, with reading every location, their capacity and the lines' stock, and the engine's decision. After
 * each preview, on the same connection, the yardstick: {@code GET /api/v1/locations/B5L000}, the cheapest
 * authenticated read (a token check and one row), whose figures say what the server, the network stack and this
 * machine add to any request in the same minutes.
 */
public final class RoutingPreviewLatency {

    public static void main(String[] args) throws Exception {
        int previews = Integer.getInteger("previews", 5000);
        int warmup = Integer.getInteger("warmup", 2000);
        Random random = new Random(Long.getLong("seed", 1));
        long[] latencies = new long[previews];
        long[] yardstick = new long[previews];
        int allocated = 0;
        try (KeepAliveClient client = new KeepAliveClient(Rest.BASE)) {
            for (int n = -warmup; n < previews; n++) {
                int lines = 5 + random.nextInt(11);
                List<String> items = new ArrayList<>();
                for (int i = 0; i < lines; i++) {
                    items.add(String.format("{\"sku\":\"B5-%06d\",\"quantity\":1}", random.nextInt(100_000)));
                }
                String body = String.format(Locale.ROOT, "{\"mode\":\"SHIP\",\"latitude\":%.5f,\"longitude\":%.5f,"
                        + "\"lines\":[%s]}", 50.7 + random.nextDouble() * 2.8, 3.3 + random.nextDouble() * 3.9,
                        String.join(",", items));
                long sent = System.nanoTime();
                KeepAliveClient.Response response = client.postJson("/api/v1/routing/preview", body);
                long took = System.nanoTime() - sent;
                if (response.status() != 200) {
                    throw new IllegalStateException(response.status() + " " + response.body());
                }
                long asked = System.nanoTime();
                KeepAliveClient.Response location = client.get("/api/v1/locations/B5L000");
                long answered = System.nanoTime() - asked;
                if (location.status() != 200) {
                    throw new IllegalStateException(location.status() + " " + location.body());
                }
                if (n >= 0) {
                    latencies[n] = took;
                    yardstick[n] = answered;
                    if (response.body().contains("\"outcome\":\"ALLOCATED\"")) {
                        allocated++;
                    }
                }
            }
        }
        System.out.printf("B5 routing preview over REST: %d previews, 5-15 lines, 500 locations, 100,000 SKUs: %s; "
                + "%d allocated%n", previews, RoutingDecisionTime.percentiles(latencies), allocated);
        System.out.printf("Yardstick, one location read after each preview: %s%n",
                RoutingDecisionTime.percentiles(yardstick));
    }
}
