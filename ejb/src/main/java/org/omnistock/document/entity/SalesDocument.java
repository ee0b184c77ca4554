package org.omnistock.document.entity;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A numbered document: never deleted; voided, it keeps its number and says why. Written by
 * {@link org.omnistock.document.boundary.Documents#issueAll} in batches, read here.
 */
@Entity
@Table(name = "sales_document")
@NamedQuery(name = SalesDocument.BY_NUMBER, query = "SELECT d FROM SalesDocument d WHERE d.number = :number")
@NamedQuery(name = SalesDocument.BY_SOURCE, query = "SELECT d FROM SalesDocument d WHERE d.sourceType = :type "
        + "AND d.sourceId = :id ORDER BY d.id")
@NamedQuery(name = SalesDocument.AT_LOCATION, query = "SELECT d FROM SalesDocument d WHERE d.location = :location "
        + "AND d.issuedAt >= :from AND d.issuedAt < :to ORDER BY d.number")
public class SalesDocument {

    public static final String BY_NUMBER = "SalesDocument.byNumber";
    public static final String BY_SOURCE = "SalesDocument.bySource";
    public static final String AT_LOCATION = "SalesDocument.atLocation";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_number", nullable = false, length = 64)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DocumentKind kind;

    @Column(name = "location_code", nullable = false, length = 32)
    private String location;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "source_type", nullable = false, length = 32)
    private String sourceType;

    @Column(name = "source_id", nullable = false, length = 120)
    private String sourceId;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal gross;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal tax;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "void_reason", length = 200)
    private String voidReason;

    @Column(name = "voided_by", length = 100)
    private String voidedBy;

    protected SalesDocument() {
    }

    public String getNumber() {
        return number;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getLocation() {
        return location;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getSourceType() {
        return sourceType;
    }

    public String getSourceId() {
        return sourceId;
    }

    public BigDecimal getGross() {
        return gross;
    }

    public BigDecimal getTax() {
        return tax;
    }

    /** Voids it: it keeps its number and amounts, and says when, why and by whom. */
    public void voided(Instant at, String reason, String by) {
        this.voidedAt = at;
        this.voidReason = reason;
        this.voidedBy = by;
    }

    public String getVoidedBy() {
        return voidedBy;
    }

    public Instant getVoidedAt() {
        return voidedAt;
    }

    public String getVoidReason() {
        return voidReason;
    }
}
