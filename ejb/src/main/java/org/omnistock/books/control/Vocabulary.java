package org.omnistock.books.control;

import java.util.List;

/**
 * The events the books are told of and the roles of their lines: the one spelling shared by the capabilities that
 * post and the mappings an administrator makes (a mapping naming a role or an event nobody posts is refused).
 */
public final class Vocabulary {

    /** Goods received (on hand up at a cost): stock / opening balances, or GRNI against a purchase order. */
    public static final String RECEIPT = "RECEIPT";
    /** A position valued for the first time with units on hand (stock from before valuation): stock / opening. */
    public static final String OPENING = "OPENING";
    /** A till's sale: tender clearing / revenue. */
    public static final String SALE = "SALE";
    /** An order's goods reached the customer (shipped, collected): channel receivables / revenue. */
    public static final String ORDER_SHIPPED = "ORDER_SHIPPED";
    /** Goods of an order came back: revenue / channel receivables, what the customer is refunded for them. */
    public static final String ORDER_RETURNED = "ORDER_RETURNED";
    /** What a till's sale cost: cost of goods sold / stock. */
    public static final String SALE_COST = "SALE_COST";
    /** What an order's shipment cost: cost of goods sold / stock. */
    public static final String SHIPMENT_COST = "SHIPMENT_COST";
    /** Units brought back to stock: stock / cost of goods sold. */
    public static final String RETURN_COST = "RETURN_COST";
    /** A correction or a count of on hand: shrinkage / stock or the reverse, by reason. */
    public static final String ADJUSTMENT = "ADJUSTMENT";
    /** Units left for another location: stock in transit / stock. */
    public static final String TRANSFER_OUT = "TRANSFER_OUT";
    /** A transfer arrived: stock / stock in transit, what did not come to shrinkage. */
    public static final String TRANSFER_IN = "TRANSFER_IN";

    /**
     * A supplier's invoice for goods received: GRNI (at the order's price) / payable (the invoice's), the difference
     * to stock for the units still on hand and to purchase price differences for those already sold.
     */
    public static final String SUPPLIER_INVOICE = "SUPPLIER_INVOICE";
    /** A cost landed on goods received (freight, duty): stock for the units still on hand, landed costs for the rest
     * / payable. */
    public static final String LANDED_COST = "LANDED_COST";

    /** A store's till day closed with cash counted above or below what was expected: cash / cash over and short. */
    public static final String TILL_DAY_CLOSED = "TILL_DAY_CLOSED";

    /** A gift card sold: cash or card / gift cards and store credit outstanding. */
    public static final String STORED_VALUE_ISSUED = "STORED_VALUE_ISSUED";
    /** What a card held at its expiry: gift cards and store credit outstanding / breakage. */
    public static final String STORED_VALUE_EXPIRED = "STORED_VALUE_EXPIRED";
    /** An order paid with a gift card or store credit: gift cards and store credit outstanding / receivables. */
    public static final String STORED_VALUE_REDEEMED = "STORED_VALUE_REDEEMED";
    /** An order's refund given as store credit: receivables / gift cards and store credit outstanding. */
    public static final String STORED_VALUE_CREDITED = "STORED_VALUE_CREDITED";

    public static final List<String> EVENTS = List.of(RECEIPT, OPENING, SALE, ORDER_SHIPPED, ORDER_RETURNED, SALE_COST,
            SHIPMENT_COST, RETURN_COST, ADJUSTMENT, TRANSFER_OUT, TRANSFER_IN, SUPPLIER_INVOICE, LANDED_COST,
            TILL_DAY_CLOSED, STORED_VALUE_ISSUED, STORED_VALUE_EXPIRED, STORED_VALUE_REDEEMED, STORED_VALUE_CREDITED);

    public static final String STOCK = "stock";
    public static final String IN_TRANSIT = "in-transit";
    public static final String COGS = "cogs";
    public static final String SHRINKAGE = "shrinkage";
    public static final String OPENING_BALANCES = "opening";
    public static final String TENDER = "tender";
    /** Cash a till took (its tender said cash). */
    public static final String CASH = "cash";
    /** Card payments a till took, on their way from the acquirer. */
    public static final String CARD = "card";
    /** Cash counted above (credit) or below (debit) what the tills should hold. */
    public static final String CASH_DIFFERENCE = "cash-difference";
    /** Gift cards and store credit outstanding: what the business owes their holders. */
    public static final String STORED_VALUE = "stored-value";
    /** Stored value that expired unused: income. */
    public static final String BREAKAGE = "breakage";
    public static final String RECEIVABLES = "receivables";
    public static final String REVENUE = "revenue";
    public static final String TAX = "tax";
    public static final String GRNI = "grni";
    public static final String PAYABLE = "payable";
    public static final String PRICE_DIFFERENCE = "price-difference";
    public static final String LANDED = "landed";

    public static final List<String> ROLES = List.of(STOCK, IN_TRANSIT, COGS, SHRINKAGE, OPENING_BALANCES, TENDER, CASH,
            CARD, CASH_DIFFERENCE, STORED_VALUE, BREAKAGE,
            RECEIVABLES, REVENUE, TAX, GRNI, PAYABLE, PRICE_DIFFERENCE, LANDED);

    private Vocabulary() {
    }
}
