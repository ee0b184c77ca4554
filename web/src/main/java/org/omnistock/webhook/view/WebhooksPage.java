package org.omnistock.webhook.view;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.platform.view.Messages;
import org.omnistock.platform.view.UtcTimes;
import org.omnistock.webhook.boundary.DeliveryDetail;
import org.omnistock.webhook.boundary.DeliveryView;
import org.omnistock.webhook.boundary.IssuedWebhookSecret;
import org.omnistock.webhook.boundary.NewSubscription;
import org.omnistock.webhook.boundary.ReplayRange;
import org.omnistock.webhook.boundary.Replayed;
import org.omnistock.webhook.boundary.SubscriptionView;
import org.omnistock.webhook.boundary.Webhooks;

/**
 * Backs webhook/webhooks.xhtml, for admins: every client's endpoints and their health, a new one, and one
 * endpoint's deliveries with their attempts, replayed one at a time or by time range.
 */
@Named
@ViewScoped
public class WebhooksPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DELIVERIES_SHOWN = 100;

    @Inject
    Webhooks webhooks;

    private List<SubscriptionView> all = List.of();
    private List<String> allTopics = List.of();

    private String clientId;
    private String url;
    private List<String> topics = new ArrayList<>();
    private String channel;
    private String location;
    private String sku;
    /** The secret just issued, shown once. */
    private IssuedWebhookSecret issued;

    private SubscriptionView selected;
    private String status;
    private List<DeliveryView> deliveries = List.of();
    private long deliveriesTotal;
    private DeliveryDetail detail;
    /** The range to replay, as the date pickers show it: UTC. */
    private LocalDateTime replayFrom;
    private LocalDateTime replayTo;

    public void load() {
        all = webhooks.list(null);
        allTopics = webhooks.topics();
        if (selected != null) {
            selected = all.stream().filter(s -> s.code().equals(selected.code())).findFirst().orElse(null);
            loadDeliveries();
        }
    }

    public void create() {
        issued = Messages.attempt(() -> webhooks.create(new NewSubscription(url, List.copyOf(topics),
                blankToNull(channel), blankToNull(location), blankToNull(sku), blankToNull(clientId))));
        if (issued != null) {
            Messages.info("Webhook " + issued.subscription().code() + " created for " + issued.subscription()
                    .clientId() + "; copy its signing secret now, it is not shown again");
            url = null;
        }
        load();
    }

    public void rotate(SubscriptionView subscription) {
        issued = Messages.attempt(() -> webhooks.rotateSecret(subscription.code()));
        if (issued != null) {
            Messages.info("New signing secret for " + subscription.code() + "; the old one also signs for 24 hours");
        }
        load();
    }

    public void toggle(SubscriptionView subscription) {
        SubscriptionView changed = Messages.attempt(() -> "ACTIVE".equals(subscription.status())
                ? webhooks.disable(subscription.code()) : webhooks.enable(subscription.code()));
        if (changed != null) {
            Messages.info(changed.code() + ("ACTIVE".equals(changed.status())
                    ? " enabled: what waited is sent now" : " disabled: its events wait"));
        }
        issued = null;
        load();
    }

    public void delete(SubscriptionView subscription) {
        if (Messages.attempt(() -> {
            webhooks.delete(subscription.code());
            return Boolean.TRUE;
        }) != null) {
            Messages.info("Webhook " + subscription.code() + " deleted with its deliveries");
            if (selected != null && selected.code().equals(subscription.code())) {
                selected = null;
            }
        }
        issued = null;
        load();
    }

    public void select(SubscriptionView subscription) {
        selected = subscription;
        detail = null;
        Instant to = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        replayTo = UtcTimes.toPicked(to);
        replayFrom = UtcTimes.toPicked(to.minus(1, ChronoUnit.HOURS));
        loadDeliveries();
    }

    public void loadDeliveries() {
        if (selected == null) {
            return;
        }
        var page = Messages.attempt(() -> webhooks.deliveries(selected.code(), blankToNull(status), null, null, 0,
                DELIVERIES_SHOWN));
        deliveries = page == null ? List.of() : page.items();
        deliveriesTotal = page == null ? 0 : page.total();
    }

    public void show(DeliveryView delivery) {
        detail = Messages.attempt(() -> webhooks.delivery(selected.code(), delivery.id()));
    }

    public void replay(DeliveryView delivery) {
        DeliveryView replay = Messages.attempt(() -> webhooks.replay(selected.code(), delivery.id()));
        if (replay != null) {
            Messages.info("Delivery " + delivery.id() + " queued again as " + replay.id());
        }
        load();
    }

    public void replayRange() {
        Replayed replayed = Messages.attempt(() -> webhooks.replay(selected.code(), new ReplayRange(
                UtcTimes.toInstant(replayFrom), UtcTimes.toInstant(replayTo))));
        if (replayed != null) {
            Messages.info(replayed.deliveries() + " deliveries queued again, in their order");
        }
        load();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public List<SubscriptionView> getAll() {
        return all;
    }

    public List<String> getAllTopics() {
        return allTopics;
    }

    public IssuedWebhookSecret getIssued() {
        return issued;
    }

    public SubscriptionView getSelected() {
        return selected;
    }

    public List<DeliveryView> getDeliveries() {
        return deliveries;
    }

    public long getDeliveriesTotal() {
        return deliveriesTotal;
    }

    public DeliveryDetail getDetail() {
        return detail;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public List<String> getTopics() {
        return topics;
    }

    public void setTopics(List<String> topics) {
        this.topics = topics;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public LocalDateTime getReplayFrom() {
        return replayFrom;
    }

    public void setReplayFrom(LocalDateTime replayFrom) {
        this.replayFrom = replayFrom;
    }

    public LocalDateTime getReplayTo() {
        return replayTo;
    }

    public void setReplayTo(LocalDateTime replayTo) {
        this.replayTo = replayTo;
    }
}
