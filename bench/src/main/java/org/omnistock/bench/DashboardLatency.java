package org.omnistock.bench;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * B6 through REST: the whole dashboard ({@code GET /api/v1/analytics/sales}: ten queries, every widget) for the last
 * 30 days, for one channel, one store, one category, and for 90 days; and the cover report across the network and
 * at one store. The views take turns, one request at a time on one kept-alive connection, -Dwarmup (default 5) of
 * each not counted, then -Druns (default 40) of each. Prints p50, p90, p99 and max per view.
 */
public final class DashboardLatency {

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("runs", 40);
        int warmup = Integer.getInteger("warmup", 5);
        Map<String, String> views = new LinkedHashMap<>();
        views.put("dashboard, 30 days", "/api/v1/analytics/sales");
        views.put("dashboard, channel WEB", "/api/v1/analytics/sales?channel=WEB");
        views.put("dashboard, store S001", "/api/v1/analytics/sales?location=S001");
        views.put("dashboard, category Jeans", "/api/v1/analytics/sales?category=Jeans");
        views.put("dashboard, 90 days", "/api/v1/analytics/sales?from=" + LocalDate.now().minusDays(89));
        views.put("cover, network", "/api/v1/analytics/cover?size=500");
        views.put("cover, store S001", "/api/v1/analytics/cover?location=S001&size=500");
        Map<String, long[]> latencies = new LinkedHashMap<>();
        views.keySet().forEach(view -> latencies.put(view, new long[runs]));
        try (KeepAliveClient client = new KeepAliveClient(Rest.BASE)) {
            for (int n = -warmup; n < runs; n++) {
                for (Map.Entry<String, String> view : views.entrySet()) {
                    long sent = System.nanoTime();
                    KeepAliveClient.Response response = client.get(view.getValue());
                    long took = System.nanoTime() - sent;
                    if (response.status() != 200) {
                        throw new IllegalStateException(view.getValue() + ": " + response.status() + " "
                                + response.body());
                    }
                    if (n >= 0) {
                        latencies.get(view.getKey())[n] = took;
                    }
                }
            }
        }
        latencies.forEach((view, nanos) -> System.out.printf("B6 %s over REST: %s%n", view,
                RoutingDecisionTime.percentiles(nanos)));
    }
}
