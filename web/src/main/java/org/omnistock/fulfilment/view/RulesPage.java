package org.omnistock.fulfilment.view;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.omnistock.fulfilment.boundary.ReplayReport;
import org.omnistock.fulfilment.boundary.ReplayRequest;
import org.omnistock.fulfilment.boundary.Routing;
import org.omnistock.fulfilment.boundary.RoutingRules;
import org.omnistock.fulfilment.boundary.RuleSetDraft;
import org.omnistock.fulfilment.boundary.RuleSetView;
import org.omnistock.fulfilment.entity.RuleSetStatus;
import org.omnistock.fulfilment.routing.Strategy;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.MalformedMessageException;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.view.Messages;

/**
 * Backs fulfilment/rules.xhtml: the routing rule sets, a draft written as JSON (from the active rules), tried on the
 * past week's orders, and published.
 */
@Named
@ViewScoped
public class RulesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Jsonb PRETTY = JsonbBuilder.create(JsonCodec.config().withFormatting(true));

    @Inject
    RoutingRules rules;

    @Inject
    Routing routing;

    private List<RuleSetView> versions = List.of();
    private Integer selected;
    private String text;
    private int days = 7;
    private ReplayReport report;

    public void load() {
        try {
            versions = rules.list();
        } catch (Refusal refusal) {
            Messages.warn(refusal.getMessage());
            return;
        }
        if (selected == null) {
            versions.stream().filter(v -> v.status() == RuleSetStatus.DRAFT).findFirst()
                    .or(() -> versions.stream().filter(v -> v.status() == RuleSetStatus.ACTIVE).findFirst())
                    .ifPresent(v -> select(v.version()));
        }
    }

    public void select(int version) {
        selected = version;
        report = null;
        current().ifPresent(v -> text = PRETTY.toJson(new RuleSetDraft(v.name(), v.strategies())));
    }

    /** A new draft from the text (whichever version it was read from). */
    public void saveAsDraft() {
        RuleSetDraft draft = parse();
        if (draft == null) {
            return;
        }
        RuleSetView created = Messages.attempt(() -> rules.draft(draft));
        if (created != null) {
            Messages.info("Draft " + created.version() + " written");
            selected = created.version();
        }
        load();
    }

    /** The selected draft changed to the text. */
    public void save() {
        RuleSetDraft draft = parse();
        if (draft == null || selected == null) {
            return;
        }
        if (Messages.attempt(() -> rules.redraft(selected, draft)) != null) {
            Messages.info("Draft " + selected + " saved");
        }
        load();
    }

    public void publish() {
        if (Messages.attempt(() -> rules.publish(selected)) != null) {
            Messages.info("Version " + selected + " routes orders from now on");
        }
        load();
    }

    /** What the selected version would have done with the orders of the last days. */
    public void replay() {
        Instant now = Instant.now();
        report = Messages.attempt(() -> routing.replay(selected, new ReplayRequest(now.minus(Duration.ofDays(days)),
                now, ReplayRequest.MAX)));
    }

    private RuleSetDraft parse() {
        try {
            return JsonCodec.fromJson(text, RuleSetDraft.class);
        } catch (MalformedMessageException e) {
            Messages.warn(e.getMessage());
            return null;
        }
    }

    public Optional<RuleSetView> current() {
        return versions.stream().filter(v -> selected != null && v.version() == selected).findFirst();
    }

    /** The selected version's strategies, in the order they are tried. */
    public List<Strategy> getStrategies() {
        return current().map(RuleSetView::strategies).orElse(List.of());
    }

    public boolean isDraft() {
        return current().map(v -> v.status() == RuleSetStatus.DRAFT).orElse(false);
    }

    public List<RuleSetView> getVersions() {
        return versions;
    }

    public Integer getSelected() {
        return selected;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = Math.max(1, Math.min(90, days));
    }

    public ReplayReport getReport() {
        return report;
    }
}
