package org.omnistock.document.entity;

/** What a document is to a tax office, the letter its numbers carry in a location's series, and its printed title. */
public enum DocumentKind {
    /** A till's receipt: a simplified invoice. */
    SIMPLIFIED("T", "Simplified invoice"),
    /** Money given back: a receipt of goods brought back, an order's return received. */
    CREDIT_NOTE("C", "Credit note"),
    /** A full invoice: an order's goods shipped or collected. */
    INVOICE("I", "Invoice");

    private final String letter;
    private final String title;

    DocumentKind(String letter, String title) {
        this.letter = letter;
        this.title = title;
    }

    public String letter() {
        return letter;
    }

    /** What a printed document (the receipt page, its PDF) is headed. */
    public String title() {
        return title;
    }
}
