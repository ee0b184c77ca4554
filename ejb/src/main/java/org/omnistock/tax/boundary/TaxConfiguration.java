package org.omnistock.tax.boundary;

import static org.omnistock.platform.Text.blankToNull;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.boundary.Caller;
import org.omnistock.access.entity.Scopes;
import org.omnistock.messages.tax.Jurisdiction;
import org.omnistock.messages.tax.TaxRate;
import org.omnistock.messages.tax.TaxRules;
import org.omnistock.platform.Refusal;
import org.omnistock.tax.control.TaxRulesCache;
import org.omnistock.tax.entity.TaxJurisdictionRecord;
import org.omnistock.tax.entity.TaxRateRecord;

/** The jurisdictions and rates tax is computed with (the package documentation); read by every sale. */
@Stateless
public class TaxConfiguration {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    TaxRulesCache cache;

    @Inject
    Event<TaxRulesCache.RulesChanged> changed;

    @Inject
    Clock clock;

    /** The rules as they stand, at most a second old on another server than the one that changed them. */
    public TaxRules rules() {
        return cache.current();
    }

    public TaxRulesView view() {
        access.require(Scopes.READ);
        return new TaxRulesView(em.createNamedQuery(TaxJurisdictionRecord.ALL, TaxJurisdictionRecord.class)
                .getResultStream().map(j -> new TaxRulesView.JurisdictionView(j.jurisdiction().country(),
                        j.jurisdiction().scheme(), j.jurisdiction().rounding(), j.getDocumentText(), j.getUpdatedAt(),
                        j.getUpdatedBy()))
                .toList(), em.createNamedQuery(TaxRateRecord.ALL, TaxRateRecord.class).getResultStream()
                .map(TaxConfiguration::view).toList());
    }

    /** Sets how a country taxes; its sales are taxed from the next one on. */
    public TaxRulesView.JurisdictionView setJurisdiction(String country, @NotNull @Valid JurisdictionRequest request) {
        Caller caller = access.require(Scopes.TAX_WRITE);
        String code = country == null ? "" : country.toUpperCase(Locale.ROOT);
        Jurisdiction wanted = new Jurisdiction(code, request.scheme(), request.rounding());
        refuseIfInvalid(wanted.problems());
        TaxJurisdictionRecord record = em.find(TaxJurisdictionRecord.class, code);
        if (record == null) {
            record = new TaxJurisdictionRecord(code);
            em.persist(record);
        }
        String text = request.documentText() == null || request.documentText().isBlank() ? null
                : request.documentText().strip();
        record.set(request.scheme(), request.rounding(), text, clock.instant(), caller.id());
        changed.fire(new TaxRulesCache.RulesChanged());
        return new TaxRulesView.JurisdictionView(code, request.scheme(), request.rounding(), text,
                record.getUpdatedAt(), record.getUpdatedBy());
    }

    /** What documents supplied in the country print at their foot; null for nothing (or no such jurisdiction). */
    public String documentText(String country) {
        TaxJurisdictionRecord record = country == null ? null : em.find(TaxJurisdictionRecord.class, country);
        return record == null ? null : record.getDocumentText();
    }

    /**
     * Adds a rate, from now unless it says when. A rate valid from the same instant for the same country, region,
     * class and code as one still valid then is refused: end that one first.
     */
    public TaxRulesView.RateView addRate(@NotNull @Valid TaxRateRequest request) {
        Caller caller = access.require(Scopes.TAX_WRITE);
        Instant now = clock.instant();
        TaxRate rate = new TaxRate(request.country() == null ? null : request.country().toUpperCase(Locale.ROOT),
                blankToNull(request.region()) == null ? null : request.region().toUpperCase(Locale.ROOT),
                request.taxClass(), blankToNull(request.hsnPrefix()), request.percent(),
                request.name() == null ? null : request.name().strip(),
                request.validFrom() == null ? now : request.validFrom(), request.validTo());
        refuseIfInvalid(rate.problems());
        boolean clash = em.createNamedQuery(TaxRateRecord.ALL, TaxRateRecord.class).getResultStream()
                .map(TaxRateRecord::rate).anyMatch(r -> r.country().equals(rate.country())
                        && Objects.equals(r.region(), rate.region()) && r.taxClass() == rate.taxClass()
                        && Objects.equals(r.hsnPrefix(), rate.hsnPrefix()) && r.validAt(rate.validFrom()));
        if (clash) {
            throw new Refusal(Refusal.Kind.CONFLICT, "tax-rate-overlaps", "a " + rate.taxClass() + " rate for "
                    + rate.country() + (rate.region() == null ? "" : " " + rate.region())
                    + (rate.hsnPrefix() == null ? "" : " HSN " + rate.hsnPrefix()) + " is valid at "
                    + rate.validFrom() + ": end it first (validTo)");
        }
        TaxRateRecord record = new TaxRateRecord(rate, now, caller.id());
        em.persist(record);
        em.flush();
        changed.fire(new TaxRulesCache.RulesChanged());
        return view(record);
    }

    /** Ends a rate at an instant not before it started; a rate that follows it is added apart. */
    public TaxRulesView.RateView endRate(long id, @NotNull Instant at) {
        access.require(Scopes.TAX_WRITE);
        TaxRateRecord record = em.find(TaxRateRecord.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (record == null) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "unknown-tax-rate", "there is no tax rate " + id);
        }
        if (!at.isAfter(record.getValidFrom())) {
            throw new Refusal(Refusal.Kind.INVALID, "invalid-tax-rate", "a rate ends after it starts ("
                    + record.getValidFrom() + ")");
        }
        if (record.getValidTo() != null && record.getValidTo().isBefore(at)) {
            throw new Refusal(Refusal.Kind.CONFLICT, "tax-rate-ended", "rate " + id + " ended at "
                    + record.getValidTo() + " already; a rate is never valid again once it ended");
        }
        record.endAt(at);
        changed.fire(new TaxRulesCache.RulesChanged());
        return view(record);
    }

    private static void refuseIfInvalid(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "invalid-tax-rule", String.join("; ", problems));
        }
    }

    private static TaxRulesView.RateView view(TaxRateRecord record) {
        TaxRate rate = record.rate();
        return new TaxRulesView.RateView(record.getId(), rate.country(), rate.region(), rate.taxClass(),
                rate.hsnPrefix(), rate.percent(), rate.name(), rate.validFrom(), rate.validTo());
    }
}
