package org.omnistock.marketplace.entity;

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
 * A SKU as one account sells it, and how its figure and price there stand against the platform's (marketplace
 * package documentation). The pusher and the event observer change it with single UPDATE statements, so that a new
 * figure arriving while a push is out is never lost.
 */
@Entity
@Table(name = "marketplace_listing")
@NamedQuery(name = MarketplaceListing.OF_ACCOUNT,
        query = "SELECT l FROM MarketplaceListing l WHERE l.accountId = :account ORDER BY l.sku")
@NamedQuery(name = MarketplaceListing.FIND,
        query = "SELECT l FROM MarketplaceListing l WHERE l.accountId = :account AND l.sku = :sku")
@NamedQuery(name = MarketplaceListing.DUE, query = "SELECT l FROM MarketplaceListing l WHERE l.accountId = :account "
        + "AND (l.stockDue = TRUE OR l.priceDue = TRUE) ORDER BY l.stockDue DESC, l.id")
public class MarketplaceListing {

    public static final String OF_ACCOUNT = "MarketplaceListing.ofAccount";
    public static final String FIND = "MarketplaceListing.find";
    public static final String DUE = "MarketplaceListing.due";

    public enum State {
        IN_SYNC, PENDING, CONFLICT, ERROR
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(nullable = false, length = 64)
    private String sku;

    @Column(name = "product_id", length = 200)
    private String productId;

    @Column(name = "variant_id", nullable = false, length = 200)
    private String variantId;

    @Column(name = "inventory_item_id", length = 200)
    private String inventoryItemId;

    /** The channel's sellable figure as last heard; null until a change or a full sync says it. */
    @Column(name = "wanted_quantity")
    private Long wantedQuantity;

    /** What the marketplace shows, as far as the platform knows: the compare value of the next push. */
    @Column(name = "pushed_quantity")
    private Long pushedQuantity;

    @Column(name = "stock_due", nullable = false)
    private boolean stockDue;

    @Column(name = "wanted_price", precision = 19, scale = 4)
    private BigDecimal wantedPrice;

    @Column(name = "pushed_price", precision = 19, scale = 4)
    private BigDecimal pushedPrice;

    @Column(name = "price_due", nullable = false)
    private boolean priceDue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "synced_at")
    private Instant syncedAt;

    protected MarketplaceListing() {
    }

    public MarketplaceListing(Long accountId, String sku, String productId, String variantId,
                              String inventoryItemId) {
        this.accountId = accountId;
        this.sku = sku;
        this.state = State.PENDING;
        map(productId, variantId, inventoryItemId);
    }

    /** Where the SKU is on the marketplace; the next push sets both figure and price there. */
    public void map(String productId, String variantId, String inventoryItemId) {
        this.productId = productId;
        this.variantId = variantId;
        this.inventoryItemId = inventoryItemId;
        this.stockDue = true;
        this.priceDue = true;
        this.state = State.PENDING;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getSku() {
        return sku;
    }

    public String getProductId() {
        return productId;
    }

    public String getVariantId() {
        return variantId;
    }

    public String getInventoryItemId() {
        return inventoryItemId;
    }

    public Long getWantedQuantity() {
        return wantedQuantity;
    }

    public Long getPushedQuantity() {
        return pushedQuantity;
    }

    public boolean isStockDue() {
        return stockDue;
    }

    public BigDecimal getWantedPrice() {
        return wantedPrice;
    }

    public BigDecimal getPushedPrice() {
        return pushedPrice;
    }

    public boolean isPriceDue() {
        return priceDue;
    }

    public State getState() {
        return state;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSyncedAt() {
        return syncedAt;
    }
}
