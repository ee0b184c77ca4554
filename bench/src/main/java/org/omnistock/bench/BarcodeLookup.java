package org.omnistock.bench;

import java.util.Random;

import org.omnistock.messages.catalog.Gtin;

/**
 * C2, a till's barcode lookup over REST: {@code GET /api/v1/barcodes/{code}} for a random demo SKU's EAN-13
 * (2000000 followed by its five-digit number and the check digit), half of them scanned as a GTIN-14 (a leading 0),
 * against the yardstick of {@code GET /api/v1/skus/{code}} for the same SKUs: rounds of -Dlookups (default 5000)
 * each, the two interleaved -Drounds times (default 3), one request at a time on one kept-alive connection, after
 * -Dwarmup (default 2000) of each not counted. Prints every round's p50, p90, p99 and max; fails if a lookup does not
 * find its SKU. Run against the demo platform ({@code mvn -Prun verify}).
 */
public final class BarcodeLookup {

    private static final int DEMO_SKUS = 250;

    public static void main(String[] args) throws Exception {
        int lookups = Integer.getInteger("lookups", 5_000);
        int warmup = Integer.getInteger("warmup", 2_000);
        int rounds = Integer.getInteger("rounds", 3);
        Random random = new Random(Long.getLong("seed", 1));
        try (KeepAliveClient client = new KeepAliveClient(Rest.BASE)) {
            String[] codes = new String[DEMO_SKUS];
            for (int n = 0; n < DEMO_SKUS; n++) {
                KeepAliveClient.Response sku = client.get("/api/v1/barcodes/" + barcode(n));
                if (sku.status() != 200) {
                    throw new IllegalStateException("demo barcode " + barcode(n) + ": " + sku.status() + " "
                            + sku.body() + " (is the demo loaded?)");
                }
                codes[n] = sku.body().replaceAll("(?s).*\"code\":\"([^\"]+)\".*", "$1");
            }
            run(client, random, codes, warmup, true);
            run(client, random, codes, warmup, false);
            for (int round = 1; round <= rounds; round++) {
                System.out.printf("C2 round %d, barcode lookup over REST, %d SKUs:      %s%n", round, DEMO_SKUS,
                        RoutingDecisionTime.percentiles(run(client, random, codes, lookups, true)));
                System.out.printf("C2 round %d, SKU by code over REST (yardstick): %s%n", round,
                        RoutingDecisionTime.percentiles(run(client, random, codes, lookups, false)));
            }
        }
    }

    private static long[] run(KeepAliveClient client, Random random, String[] codes, int lookups, boolean byBarcode)
            throws Exception {
        long[] latencies = new long[lookups];
        for (int i = 0; i < lookups; i++) {
            int n = random.nextInt(DEMO_SKUS);
            String path = byBarcode ? "/api/v1/barcodes/" + (i % 2 == 0 ? barcode(n) : "0" + barcode(n))
                    : "/api/v1/skus/" + codes[n];
            long sent = System.nanoTime();
            KeepAliveClient.Response response = client.get(path);
            latencies[i] = System.nanoTime() - sent;
            if (response.status() != 200 || !response.body().contains("\"" + codes[n] + "\"")) {
                throw new IllegalStateException(path + ": " + response.status() + " " + response.body());
            }
        }
        return latencies;
    }

    /** The demo's EAN-13 of its n-th SKU, as DemoLoader gives it. */
    private static String barcode(int n) {
        return Gtin.withCheckDigit(String.format("2000000%05d", n));
    }
}
