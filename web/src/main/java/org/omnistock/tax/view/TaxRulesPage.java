package org.omnistock.tax.view;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.messages.tax.TaxClass;
import org.omnistock.messages.tax.TaxRounding;
import org.omnistock.messages.tax.TaxScheme;
import org.omnistock.platform.view.Messages;
import org.omnistock.tax.boundary.JurisdictionRequest;
import org.omnistock.tax.boundary.TaxConfiguration;
import org.omnistock.tax.boundary.TaxRateRequest;
import org.omnistock.tax.boundary.TaxRulesView;

/**
 * Backs tax/rules.xhtml: how each country taxes (scheme, rounding, the text its documents print) and every rate,
 * ended ones too; for those who may change them ({@code tax:write}), a country's settings, a new rate and the end of
 * one. The same {@link TaxConfiguration} the REST API uses checks every change.
 */
@Named
@ViewScoped
public class TaxRulesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TaxConfiguration tax;

    private TaxRulesView rules;

    private String country;
    private TaxScheme scheme = TaxScheme.VAT;
    private TaxRounding rounding = TaxRounding.PER_LINE;
    private String documentText;

    private String rateCountry;
    private String region;
    private TaxClass taxClass = TaxClass.STANDARD;
    private String hsnPrefix;
    private BigDecimal percent;
    private String name;
    private String validFrom;

    public void load() {
        rules = Messages.attempt(tax::view);
    }

    /** Rates by country, region, class and code, the newest of each first. */
    public List<TaxRulesView.RateView> getRates() {
        return rules == null ? List.of() : rules.rates().stream().sorted(Comparator
                .comparing(TaxRulesView.RateView::country)
                .thenComparing(r -> r.region() == null ? "" : r.region())
                .thenComparing(TaxRulesView.RateView::taxClass)
                .thenComparing(r -> r.hsnPrefix() == null ? "" : r.hsnPrefix())
                .thenComparing(TaxRulesView.RateView::validFrom, Comparator.reverseOrder())).toList();
    }

    public List<TaxRulesView.JurisdictionView> getJurisdictions() {
        return rules == null ? List.of() : rules.jurisdictions();
    }

    /** Whether a rate still counts now or later (it may be ended). */
    public boolean open(TaxRulesView.RateView rate) {
        return rate.validTo() == null || rate.validTo().isAfter(Instant.now());
    }

    /** Sets a country's scheme, rounding and document text. */
    public void saveJurisdiction() {
        TaxRulesView.JurisdictionView saved = Messages.attempt(() -> tax.setJurisdiction(country,
                new JurisdictionRequest(scheme, rounding, documentText)));
        if (saved != null) {
            Messages.info(saved.country() + " taxes by " + saved.scheme() + ", rounded " + saved.rounding() + ".");
            load();
        }
    }

    /** Fills the country form with a jurisdiction's settings, to change them. */
    public void edit(TaxRulesView.JurisdictionView jurisdiction) {
        country = jurisdiction.country();
        scheme = jurisdiction.scheme();
        rounding = jurisdiction.rounding();
        documentText = jurisdiction.documentText();
    }

    /** Adds a rate from the day given (UTC), or from now. */
    public void addRate() {
        Instant from;
        try {
            from = validFrom == null || validFrom.isBlank() ? null
                    : LocalDate.parse(validFrom.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            Messages.warn("Valid from is a day such as 2027-01-01, or empty for now.");
            return;
        }
        TaxRulesView.RateView added = Messages.attempt(() -> tax.addRate(new TaxRateRequest(rateCountry, region,
                taxClass, hsnPrefix, percent, name, from, null)));
        if (added != null) {
            Messages.info(added.name() + " " + added.percent().stripTrailingZeros().toPlainString() + " % added for "
                    + added.country() + (added.region() == null ? "" : " " + added.region()) + ".");
            region = null;
            hsnPrefix = null;
            percent = null;
            name = null;
            validFrom = null;
            load();
        }
    }

    /** Ends a rate now: sales from now on find the rate that follows it, or none. */
    public void endRate(TaxRulesView.RateView rate) {
        TaxRulesView.RateView ended = Messages.attempt(() -> tax.endRate(rate.id(), Instant.now()));
        if (ended != null) {
            Messages.info(ended.name() + " for " + ended.country() + " ends " + ended.validTo() + ".");
            load();
        }
    }

    public TaxScheme[] getSchemes() {
        return TaxScheme.values();
    }

    public TaxRounding[] getRoundings() {
        return TaxRounding.values();
    }

    public TaxClass[] getTaxClasses() {
        return TaxClass.values();
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public TaxScheme getScheme() {
        return scheme;
    }

    public void setScheme(TaxScheme scheme) {
        this.scheme = scheme;
    }

    public TaxRounding getRounding() {
        return rounding;
    }

    public void setRounding(TaxRounding rounding) {
        this.rounding = rounding;
    }

    public String getDocumentText() {
        return documentText;
    }

    public void setDocumentText(String documentText) {
        this.documentText = documentText;
    }

    public String getRateCountry() {
        return rateCountry;
    }

    public void setRateCountry(String rateCountry) {
        this.rateCountry = rateCountry;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public TaxClass getTaxClass() {
        return taxClass;
    }

    public void setTaxClass(TaxClass taxClass) {
        this.taxClass = taxClass;
    }

    public String getHsnPrefix() {
        return hsnPrefix;
    }

    public void setHsnPrefix(String hsnPrefix) {
        this.hsnPrefix = hsnPrefix;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public void setPercent(BigDecimal percent) {
        this.percent = percent;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(String validFrom) {
        this.validFrom = validFrom;
    }
}
