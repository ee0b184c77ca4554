package org.omnistock.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.json.JsonObject;

/**
 * B1, hot SKU: N concurrent clients reserve one unit each, over and over, from one SKU at one location, until it is
 * sold out. Prints reservations per second and checks that exactly the stock was reserved, no more. Each client
 * keeps one connection alive ({@link KeepAliveClient}), so the load generator takes little of the machine's CPU.
 *
 * <p>A server just started runs its code interpreted and compiles it as it goes: the first rounds show the JIT, not
 * the platform (on 2 cores B1 needed some 40,000-50,000 reservations to settle). So the benchmark first sells out
 * {@code warmup} units with 16 clients on a SKU of their own, not counted, then measures.</p>
 *
 * <p>Arguments: clients... (default 16 64); system properties units (default 10000, as {@code b1-pgbench.sh}) and
 * warmup (default 60000; 0 when the server is warm).</p>
 */
public final class HotSkuReservations {

    public static void main(String[] args) throws Exception {
        long units = Long.getLong("units", 10_000);
        long warmup = Long.getLong("warmup", 60_000);
        List<Integer> clientCounts = new ArrayList<>();
        for (String arg : args.length == 0 ? new String[] {"16", "64"} : args) {
            clientCounts.add(Integer.parseInt(arg));
        }
        if (warmup > 0) {
            System.out.printf("B1 warm-up: %d reservations with 16 clients, not counted%n", warmup);
            run(16, warmup, false);
        }
        for (int clients : clientCounts) {
            run(clients, units, true);
        }
    }

    private static void run(int clients, long units, boolean report) throws Exception {
        String[] skuAndStore = Rest.skuAndStoreWith("B1", units);
        String body = "{\"reference\":\"bench\",\"lines\":[{\"sku\":\"" + skuAndStore[0] + "\",\"locationId\":\""
                + skuAndStore[1] + "\",\"quantity\":1}]}";
        AtomicBoolean soldOut = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Optional<ServerCpu> cpu = ServerCpu.find();
        double cpuBefore = ServerCpu.now(cpu);
        long started = System.nanoTime();
        List<Future<long[]>> results = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            results.add(pool.submit(() -> {
                long held = 0;
                long refused = 0;
                try (KeepAliveClient client = new KeepAliveClient(Rest.BASE)) {
                    while (!soldOut.get()) {
                        KeepAliveClient.Response response = client.postJson("/api/v1/reservations", body);
                        if (response.status() == 201) {
                            held++;
                        } else if (response.status() == 422 && response.body().contains("insufficient-stock")) {
                            refused++;
                            soldOut.set(true);
                        } else {
                            throw new IllegalStateException(response.status() + " " + response.body());
                        }
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
        String cpuPerReservation = ServerCpu.per(cpu, cpuBefore, held, "reservation");
        pool.shutdown();
        JsonObject level = Rest.get("/api/v1/skus/" + skuAndStore[0] + "/stock").getJsonArray("levels")
                .getJsonObject(0);
        boolean exact = held == units && level.getInt("reserved") == units && level.getInt("available") == 0;
        if (!exact) {
            throw new IllegalStateException("B1 " + (report ? "" : "warm-up ") + "oversold or undersold: " + held
                    + " held, level " + level);
        }
        if (!report) {
            return;
        }
        System.out.printf("B1 hot SKU: %d clients, %d reservations in %.2f s = %.0f reservations/s; "
                        + "reserved %d of %d on hand, oversold: no%s%n", clients, held, seconds, held / seconds,
                level.getInt("reserved"), level.getInt("onHand"), cpuPerReservation);
    }
}
