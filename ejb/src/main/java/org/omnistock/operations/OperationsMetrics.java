package org.omnistock.operations;

import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/** What the capabilities count for the operators, and the gauges read when scraped; see the package documentation. */
@ApplicationScoped
public class OperationsMetrics {

    /** What became of a POS sale taken from the broker. */
    public enum SaleOutcome { RECORDED, DUPLICATE, DEAD_LETTERED }

    @Inject
    MetricRegistry registry;

    /** Looked up at each scrape: the metrics are registered while the application starts, before its EJBs are. */
    @Inject
    Instance<OperationsFigures> figures;

    private Counter[] sales;
    private Counter held;
    private Counter refused;
    private Histogram batchSizes;
    private Histogram salesBatchSizes;

    @PostConstruct
    void register() {
        Metadata salesMetadata = Metadata.builder().withName("omnistock.pos.sales")
                .withDescription("POS sales taken from the broker, by what became of them").build();
        sales = new Counter[SaleOutcome.values().length];
        for (SaleOutcome outcome : SaleOutcome.values()) {
            sales[outcome.ordinal()] = registry.counter(salesMetadata,
                    new Tag("outcome", outcome.name().toLowerCase()));
        }
        Metadata reservations = Metadata.builder().withName("omnistock.reservations")
                .withDescription("Reservation requests through the API, by outcome").build();
        held = registry.counter(reservations, new Tag("outcome", "held"));
        refused = registry.counter(reservations, new Tag("outcome", "refused"));
        batchSizes = registry.histogram(Metadata.builder().withName("omnistock.group.commit.batch.size")
                .withDescription("Single-line reservation requests answered by one transaction").build());
        salesBatchSizes = registry.histogram(Metadata.builder().withName("omnistock.pos.sales.batch.size")
                .withDescription("POS sales recorded by one transaction").build());
        gauge(Metadata.builder().withName("omnistock.outbox.backlog")
                .withDescription("Events committed and not yet published").build(),
                () -> figures.get().outboxBacklog());
        gauge(Metadata.builder().withName("omnistock.outbox.oldest.age").withUnit(MetricUnits.SECONDS)
                .withDescription("How long the oldest event not yet published has waited").build(),
                () -> figures.get().oldestUnpublishedAgeSeconds());
        gauge(Metadata.builder().withName("omnistock.reservations.open")
                .withDescription("Reservations holding stock now").build(), () -> figures.get().openReservations());
    }

    /** A gauge, unless another application of the server (a test archive) registered it: it reads the same. */
    private void gauge(Metadata metadata, Supplier<Long> figure) {
        if (!registry.getGauges().containsKey(new MetricID(metadata.getName()))) {
            registry.gauge(metadata, figure);
        }
    }

    /** Made (and so registers the metrics) when the application starts, not at the first sale. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Being called is the point: the container made this bean to call it.
    }

    public void sale(SaleOutcome outcome) {
        sales[outcome.ordinal()].inc();
    }

    public void reservation(boolean wasHeld) {
        (wasHeld ? held : refused).inc();
    }

    public void batch(int size) {
        batchSizes.update(size);
    }

    public void salesBatch(int size) {
        salesBatchSizes.update(size);
    }
}
