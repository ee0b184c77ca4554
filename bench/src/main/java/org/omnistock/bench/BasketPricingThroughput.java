package org.omnistock.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.omnistock.messages.promotion.Basket;
import org.omnistock.messages.promotion.BasketLine;
import org.omnistock.messages.promotion.BasketPricer;
import org.omnistock.messages.promotion.PricedBasket;
import org.omnistock.messages.promotion.PromotionRule;
import org.omnistock.messages.promotion.PromotionType;
import org.omnistock.messages.promotion.Stacking;
import org.omnistock.messages.promotion.Target;

/**
 * B4, basket pricing: a 20-line basket with 50 active promotions of every type and stacking mode. First the engine
 * alone, in this process, as a till runs it (baskets per second on one thread); then {@code POST /api/v1/baskets/price}
 * on the server (prices resolved from the database, promotions loaded) with {@code clients} concurrent clients
 * (default 8) for {@code seconds} seconds (default 10).
 */
public final class BasketPricingThroughput {

    private static final int LINES = 20;
    private static final int PROMOTIONS = 50;
    private static final int CATEGORIES = 5;

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("seconds", 10);
        int clients = Integer.getInteger("clients", 8);
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            skus.add("B4B" + run + "-" + i);
        }
        List<PromotionRule> promotions = promotions(run, skus);
        inProcess(skus, promotions, seconds);
        onTheServer(run, skus, promotions, seconds, clients);
    }

    private static void inProcess(List<String> skus, List<PromotionRule> promotions, int seconds) {
        List<BasketLine> lines = new ArrayList<>();
        for (int i = 0; i < skus.size(); i++) {
            lines.add(new BasketLine(skus.get(i), category(i), 1 + i % 3, new BigDecimal(9 + i).add(
                    new BigDecimal("0.95"))));
        }
        Basket basket = new Basket("EUR", "WEB", lines, new BigDecimal("4.95"), Set.of());
        Instant now = Instant.now();
        PricedBasket sample = BasketPricer.price(basket, promotions, now);
        for (long end = System.nanoTime() + 2_000_000_000L; System.nanoTime() < end; ) {
            BasketPricer.price(basket, promotions, now);
        }
        long priced = 0;
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            BasketPricer.price(basket, promotions, now);
            priced++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("B4 engine in process (1 thread): %,.0f baskets/s, %.1f µs each; %d lines, %d promotions, "
                        + "%d applied, total %s%n", priced / elapsed, elapsed * 1e6 / priced, LINES, promotions.size(),
                sample.applied().size(), sample.total());
    }

    private static void onTheServer(String run, List<String> skus, List<PromotionRule> promotions, int seconds,
                                    int clients) throws Exception {
        String list = "B4B-" + run;
        Rest.expect(201, Rest.post("/api/v1/price-lists", "{\"code\":\"" + list + "\",\"name\":\"Benchmark\","
                + "\"currency\":\"EUR\",\"customerGroup\":\"" + list + "\"}"));
        StringBuilder prices = new StringBuilder("[");
        for (int i = 0; i < skus.size(); i++) {
            Rest.expect(201, Rest.post("/api/v1/skus", "{\"code\":\"" + skus.get(i) + "\",\"name\":\"Benchmark\","
                    + "\"category\":\"" + category(i) + "\"}"));
            prices.append(i > 0 ? "," : "").append("{\"sku\":\"").append(skus.get(i)).append("\",\"amount\":")
                    .append(9 + i).append(".95}");
        }
        Rest.expect(200, Rest.post("/api/v1/price-lists/" + list + "/prices", prices.append(']').toString()));
        for (PromotionRule promotion : promotions) {
            Rest.expect(201, Rest.post("/api/v1/promotions", org.omnistock.messages.JsonCodec.toJson(promotion)));
        }
        StringBuilder basket = new StringBuilder("{\"currency\":\"EUR\",\"channel\":\"WEB\",\"customerGroup\":\""
                + list + "\",\"shipping\":4.95,\"lines\":[");
        for (int i = 0; i < skus.size(); i++) {
            basket.append(i > 0 ? "," : "").append("{\"sku\":\"").append(skus.get(i)).append("\",\"quantity\":")
                    .append(1 + i % 3).append('}');
        }
        String request = basket.append("]}").toString();
        Rest.expect(200, Rest.post("/api/v1/baskets/price", request));
        long[] counts = new long[clients];
        long[][] latencies = new long[clients][];
        List<Thread> threads = new ArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                List<Long> own = new ArrayList<>();
                try {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        Rest.expect(200, Rest.post("/api/v1/baskets/price", request));
                        own.add(System.nanoTime() - start);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                counts[client] = own.size();
                latencies[client] = own.stream().mapToLong(Long::longValue).toArray();
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long[] all = java.util.Arrays.stream(latencies).flatMapToLong(java.util.Arrays::stream).sorted().toArray();
        System.out.printf("B4 POST /baskets/price (%d clients): %,.0f baskets/s, p50 %.1f ms, p99 %.1f ms; %d lines, "
                        + "%d of the server's promotions are ours%n", clients, all.length / (double) seconds,
                all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6, LINES, promotions.size());
        for (PromotionRule promotion : promotions) {
            Rest.delete("/api/v1/promotions/" + promotion.code());
        }
    }

    /**
     * Ten of each type, one in ten best-deal (priced alone as well as the combination), on this run's SKUs and
     * categories only; no exclusive one, which would spare the engine the rest.
     */
    private static List<PromotionRule> promotions(String run, List<String> skus) {
        List<PromotionRule> rules = new ArrayList<>();
        for (int i = 0; i < PROMOTIONS; i++) {
            String code = "B4" + run + "-" + i;
            String sku = skus.get(i % skus.size());
            String next = skus.get((i + 1) % skus.size());
            Stacking stacking = i % 10 == 9 ? Stacking.BEST_DEAL : Stacking.COMBINABLE;
            rules.add(switch (i % 5) {
                case 0 -> rule(code, PromotionType.PERCENT_OFF, Target.CATEGORY, List.of(category(i)),
                        BigDecimal.valueOf(5 + i % 10), null, null, null, null, i, stacking);
                case 1 -> rule(code, PromotionType.AMOUNT_OFF, Target.SKU, List.of(sku), null, BigDecimal.ONE, null,
                        null, null, i, stacking);
                case 2 -> rule(code, PromotionType.BUY_X_GET_Y, Target.CATEGORY, List.of(category(i)), null, null, 2,
                        1, null, i, stacking);
                case 3 -> rule(code, PromotionType.BUNDLE_PRICE, Target.SKU, List.of(sku, next), null, null, null,
                        null, new BigDecimal("15.00"), i, stacking);
                default -> rule(code, PromotionType.AMOUNT_OFF, Target.CATEGORY, List.of(category(i)), null,
                        new BigDecimal("0.50"), null, null, null, i, stacking);
            });
        }
        return rules;
    }

    private static PromotionRule rule(String code, PromotionType type, Target target, List<String> values,
                                      BigDecimal percent, BigDecimal amount, Integer buy, Integer get,
                                      BigDecimal bundlePrice, int priority, Stacking stacking) {
        return new PromotionRule(code, "Benchmark " + code, type, target, values, percent, amount, buy, get,
                bundlePrice, null, List.of(), null, null, priority, stacking, false, null, null, null);
    }

    private static String category(int i) {
        return "B4-category-" + (i % CATEGORIES);
    }
}
