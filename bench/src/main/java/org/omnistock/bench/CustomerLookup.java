package org.omnistock.bench;

import java.util.Random;

/**
 * C1, customer lookup: {@code GET /api/v1/customers/lookup} by a random phone number (typed nationally, as a till
 * does: 06-1xxxxxxx), email or loyalty card among the 1,000,000 profiles {@code c1-load.sh} loaded, one request at a
 * time on one kept-alive connection, after -Dwarmup (default 2000) not counted; -Dlookups (default 10000). Prints
 * p50, p90, p99 and max; fails if a lookup does not find its customer.
 */
public final class CustomerLookup {

    public static void main(String[] args) throws Exception {
        int lookups = Integer.getInteger("lookups", 10_000);
        int warmup = Integer.getInteger("warmup", 2_000);
        Random random = new Random(Long.getLong("seed", 1));
        long[] latencies = new long[lookups];
        try (KeepAliveClient client = new KeepAliveClient(Rest.BASE)) {
            for (int n = -warmup; n < lookups; n++) {
                int customer = 1 + random.nextInt(1_000_000);
                String query = switch (Math.floorMod(n, 3)) {
                    case 0 -> "kind=PHONE&value=06-1" + String.format("%07d", customer);
                    case 1 -> "kind=EMAIL&value=Bench" + customer + "%40example.com";
                    default -> "kind=CARD&value=bc" + String.format("%08d", customer);
                };
                long sent = System.nanoTime();
                KeepAliveClient.Response response = client.get("/api/v1/customers/lookup?" + query);
                long took = System.nanoTime() - sent;
                if (response.status() != 200 || !response.body().contains("\"C" + (900_000_000 + customer) + "\"")) {
                    throw new IllegalStateException(query + ": " + response.status() + " " + response.body());
                }
                if (n >= 0) {
                    latencies[n] = took;
                }
            }
        }
        System.out.printf("C1 customer lookup over REST, 1,000,000 profiles, by phone, email or card: %s%n",
                RoutingDecisionTime.percentiles(latencies));
    }
}
