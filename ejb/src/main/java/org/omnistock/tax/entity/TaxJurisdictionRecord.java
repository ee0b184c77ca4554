package org.omnistock.tax.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.omnistock.messages.tax.Jurisdiction;
import org.omnistock.messages.tax.TaxRounding;
import org.omnistock.messages.tax.TaxScheme;

/** A country that taxes what is supplied in it: its scheme and where its tax is rounded. */
@Entity
@Table(name = "tax_jurisdiction")
@NamedQuery(name = TaxJurisdictionRecord.ALL, query = "SELECT j FROM TaxJurisdictionRecord j ORDER BY j.country")
public class TaxJurisdictionRecord {

    public static final String ALL = "TaxJurisdictionRecord.all";

    @Id
    @Column(length = 2)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private TaxScheme scheme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TaxRounding rounding;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "document_text", length = 500)
    private String documentText;

    protected TaxJurisdictionRecord() {
    }

    public TaxJurisdictionRecord(String country) {
        this.country = country;
    }

    public void set(TaxScheme scheme, TaxRounding rounding, String documentText, Instant now, String by) {
        this.scheme = scheme;
        this.rounding = rounding;
        this.documentText = documentText;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public Jurisdiction jurisdiction() {
        return new Jurisdiction(country, scheme, rounding);
    }

    /** What documents supplied in this country print at their foot; null for nothing. */
    public String getDocumentText() {
        return documentText;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
