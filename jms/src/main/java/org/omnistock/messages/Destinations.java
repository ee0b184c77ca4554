package org.omnistock.messages;

/** Artemis address names, the one place they are spelled. */
public final class Destinations {

    /** Anycast queue: POS sales sent by stores, consumed by the server. */
    public static final String POS_SALES = "omnistock.pos.sales";

    /** Multicast address: every committed change of a stock level. */
    public static final String STOCK_CHANGED = "omnistock.stock.changed";

    /** Multicast address: what a channel may sell of a SKU changed. */
    public static final String CHANNEL_STOCK_CHANGED = "omnistock.channel.stock.changed";

    /** Multicast address: prices recorded, sent ahead of the instant they take effect. */
    public static final String PRICE_CHANGED = "omnistock.price.changed";

    /** Multicast address: promotions created, changed or withdrawn, sent ahead of the instant they start. */
    public static final String PROMOTION_CHANGED = "omnistock.promotion.changed";

    /** Multicast address: a SKU was created or its name, category or barcodes changed (stores' item masters). */
    public static final String SKU_CHANGED = "omnistock.sku.changed";

    /** Multicast address: an order's status changed (connectors select on {@code channel}). */
    public static final String ORDER_CHANGED = "omnistock.order.changed";

    /** Multicast address: a customer profile changed (no personal data in the event). */
    public static final String CUSTOMER_CHANGED = "omnistock.customer.changed";

    /**
     * Multicast address: a SKU on a customer's wish list is back on sale in a channel or costs them less (the
     * customer's number, never their contact details; connectors select on {@code channel}).
     */
    public static final String WISH_NOTICE = "omnistock.customer.wish";

    /**
     * Multicast address: a webhook endpoint was disabled after failing for too long (read by the server's roles
     * only; the owner hears of it through its other endpoints and the back office).
     */
    public static final String WEBHOOK_DISABLED = "omnistock.webhook.disabled";

    /** Multicast address: a journal entry was posted (for the accounting system: {@code books:read}). */
    public static final String JOURNAL_POSTED = "omnistock.journal.posted";

    /**
     * Anycast queue: goods a store received against a purchase order, sent by its agent, consumed by the server
     * ({@link org.omnistock.messages.purchasing.StoreGoodsReceipt}).
     */
    public static final String PURCHASING_RECEIPTS = "omnistock.purchasing.receipts";

    /**
     * Anycast queue: advance shipping notices suppliers send as their own broker users, consumed by the server
     * ({@link org.omnistock.messages.purchasing.AdvanceShippingNotice}).
     */
    public static final String PURCHASING_ASN = "omnistock.purchasing.asn";

    /** Anycast queue: what locations report of their fulfilments, consumed by the server. */
    public static final String FULFILMENT_UPDATES = "omnistock.fulfilment.updates";

    /**
     * Anycast queue: messages that were not accepted. Those the server rejects carry
     * {@link Headers#REJECT_REASON}; those the broker gave up delivering carry Artemis' {@code _AMQ_ORIG_ADDRESS}.
     */
    public static final String DEAD_LETTER = "omnistock.dead-letter";

    /** Anycast queue: messages whose time to live ran out before anyone consumed them. */
    public static final String EXPIRY = "omnistock.expiry";

    private Destinations() {
    }

    /**
     * The name of a store's durable subscription on an event address, its client id being the store's code: the
     * address with dashes for dots ({@code omnistock-price-changed}). Artemis names a subscription's queue
     * {@code <client id>.<subscription name>} and a queue's name is unique across addresses, so one name for every
     * address would let a store subscribe to one address only; and it escapes the dots of a subscription name, so a
     * name with dots matches no security setting.
     */
    public static String subscription(String address) {
        return address.replace('.', '-');
    }

    /** Anycast queue of one location's work (fulfilments to do, cancelled, on their way to it for pickup). */
    public static String locationTasks(String locationCode) {
        return "omnistock.location." + locationCode + ".tasks";
    }
}
