package org.omnistock.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.json.JsonObject;

/**
 * B1, hot SKU: N concurrent clients reserve one unit each, over and over, from one SKU at one location, until it is
 * sold out. Prints reservations per second and checks that exactly the stock was reserved, no more.
 * Arguments: clients... (default 16 64); system property units (default 3000).
 */
public final class HotSkuReservations {

    public static void main(String[] args) throws Exception {
        long units = Long.getLong("units", 3000);
        List<Integer> clientCounts = new ArrayList<>();
        for (String arg : args.length == 0 ? new String[] {"16", "64"} : args) {
            clientCounts.add(Integer.parseInt(arg));
        }
        for (int clients : clientCounts) {
            run(clients, units);
        }
    }

    private static void run(int clients, long units) throws Exception {
        String[] skuAndStore = Rest.skuAndStoreWith("B1", units);
        String body = "{\"reference\":\"bench\",\"lines\":[{\"sku\":\"" + skuAndStore[0] + "\",\"locationId\":\""
                + skuAndStore[1] + "\",\"quantity\":1}]}";
        AtomicBoolean soldOut = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        List<Future<long[]>> results = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            results.add(pool.submit(() -> {
                long held = 0;
                long refused = 0;
                while (!soldOut.get()) {
                    HttpResponse<String> response = Rest.post("/api/v1/reservations", body);
                    if (response.statusCode() == 201) {
                        held++;
                    } else if (response.statusCode() == 422 && response.body().contains("insufficient-stock")) {
                        refused++;
                        soldOut.set(true);
                    } else {
                        throw new IllegalStateException(response.statusCode() + " " + response.body());
                    }
                }
                return new long[] {held, refused};
            }));
        }
        long held = 0;
        for (Future<long[]> result : results) {
            held += result.get()[0];
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        JsonObject level = Rest.get("/api/v1/skus/" + skuAndStore[0] + "/stock").getJsonArray("levels")
                .getJsonObject(0);
        boolean exact = held == units && level.getInt("reserved") == units && level.getInt("available") == 0;
        System.out.printf("B1 hot SKU: %d clients, %d reservations in %.2f s = %.0f reservations/s; "
                        + "reserved %d of %d on hand, oversold: %s%n", clients, held, seconds, held / seconds,
                level.getInt("reserved"), level.getInt("onHand"), exact ? "no" : "CHECK (" + held + " held)");
    }
}
