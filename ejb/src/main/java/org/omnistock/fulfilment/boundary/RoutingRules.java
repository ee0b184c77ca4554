package org.omnistock.fulfilment.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.boundary.Caller;
import org.omnistock.access.entity.Scopes;
import org.omnistock.fulfilment.entity.RoutingRuleSet;
import org.omnistock.fulfilment.entity.RuleSetStatus;
import org.omnistock.fulfilment.routing.RuleSet;
import org.omnistock.fulfilment.routing.Strategy;
import org.omnistock.messages.JsonCodec;
import org.omnistock.platform.Idempotent;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.RequestDigest;

/**
 * Versions of the routing rules: drafts are written and changed, one is published at a time and then never
 * changes. Routing reads the active one.
 */
@Stateless
public class RoutingRules {

    /** Published versions never change, so each is read from its JSON once. */
    private static final Map<Integer, RuleSet> PUBLISHED = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Clock clock;

    /** A new draft, numbered after the highest version. */
    @Idempotent
    public RuleSetView draft(@NotNull @Valid RuleSetDraft draft) {
        Caller caller = access.requireEverywhere(Scopes.ROUTING_WRITE);
        Integer highest = em.createNamedQuery(RoutingRuleSet.MAX_VERSION, Integer.class).getSingleResult();
        String definition = JsonCodec.toJson(new StrategyList(draft.strategies()));
        RoutingRuleSet ruleSet = new RoutingRuleSet(highest == null ? 1 : highest + 1, draft.name().strip(),
                definition, RequestDigest.of(definition), clock.instant(), caller.id());
        em.persist(ruleSet);
        em.flush();
        return view(ruleSet);
    }

    /** A draft's new content; a published version is refused. */
    public RuleSetView redraft(int version, @NotNull @Valid RuleSetDraft draft) {
        access.requireEverywhere(Scopes.ROUTING_WRITE);
        RoutingRuleSet ruleSet = locked(version);
        if (ruleSet.getStatus() != RuleSetStatus.DRAFT) {
            throw new Refusal(Refusal.Kind.CONFLICT, "rule-set-published", "rule set " + version + " is "
                    + ruleSet.getStatus() + "; a published version never changes: write a new draft");
        }
        String definition = JsonCodec.toJson(new StrategyList(draft.strategies()));
        ruleSet.redefine(draft.name().strip(), definition, RequestDigest.of(definition));
        return view(ruleSet);
    }

    /** Makes a draft the active rule set; the one active before is retired. Orders routed from now on follow it. */
    public RuleSetView publish(int version) {
        Caller caller = access.requireEverywhere(Scopes.ROUTING_WRITE);
        RoutingRuleSet ruleSet = locked(version);
        if (ruleSet.getStatus() == RuleSetStatus.ACTIVE) {
            return view(ruleSet);
        }
        if (ruleSet.getStatus() != RuleSetStatus.DRAFT) {
            throw new Refusal(Refusal.Kind.CONFLICT, "rule-set-retired", "rule set " + version
                    + " was retired; write a new draft from it");
        }
        Instant now = clock.instant();
        em.createNamedQuery(RoutingRuleSet.FIND_ACTIVE, RoutingRuleSet.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().forEach(active -> active.retire(now));
        ruleSet.publish(now, caller.id());
        return view(ruleSet);
    }

    public List<RuleSetView> list() {
        access.requireEverywhere(Scopes.READ);
        return em.createNamedQuery(RoutingRuleSet.FIND_ALL, RoutingRuleSet.class).getResultStream()
                .map(RoutingRules::view).toList();
    }

    public Optional<RuleSetView> find(int version) {
        access.requireEverywhere(Scopes.READ);
        return Optional.ofNullable(em.find(RoutingRuleSet.class, version)).map(RoutingRules::view);
    }

    /** The rules orders are routed by now. */
    public RuleSet active() {
        int version = em.createNamedQuery(RoutingRuleSet.ACTIVE_VERSION, Integer.class).getResultStream().findFirst()
                .orElseThrow(() -> new Refusal(Refusal.Kind.CONFLICT, "no-active-rule-set",
                        "no routing rule set is published; publish one first"));
        return PUBLISHED.computeIfAbsent(version, v -> ruleSet(em.find(RoutingRuleSet.class, v)));
    }

    /** Any version's rules (a draft read as it is now), for a what-if replay. */
    public RuleSet rules(int version) {
        RoutingRuleSet ruleSet = em.find(RoutingRuleSet.class, version);
        if (ruleSet == null) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "unknown-rule-set", "there is no rule set " + version);
        }
        return ruleSet.getStatus() == RuleSetStatus.DRAFT ? ruleSet(ruleSet)
                : PUBLISHED.computeIfAbsent(version, v -> ruleSet(ruleSet));
    }

    /** How a version's strategies are stored. */
    public record StrategyList(List<Strategy> strategies) {
    }

    private RoutingRuleSet locked(int version) {
        RoutingRuleSet ruleSet = em.find(RoutingRuleSet.class, version, LockModeType.PESSIMISTIC_WRITE);
        if (ruleSet == null) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "unknown-rule-set", "there is no rule set " + version);
        }
        return ruleSet;
    }

    private static RuleSet ruleSet(RoutingRuleSet stored) {
        return new RuleSet(stored.getVersion(), JsonCodec.fromJson(stored.getDefinition(), StrategyList.class)
                .strategies());
    }

    private static RuleSetView view(RoutingRuleSet stored) {
        return new RuleSetView(stored.getVersion(), stored.getName(), stored.getStatus(), ruleSet(stored)
                .strategies(), stored.getContentHash(), stored.getCreatedAt(), stored.getCreatedBy(),
                stored.getPublishedAt(), stored.getPublishedBy(), stored.getRetiredAt());
    }
}
