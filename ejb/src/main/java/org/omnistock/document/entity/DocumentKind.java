package org.omnistock.document.entity;

/** What a document is to a tax office, and the letter its numbers carry in a location's series. */
public enum DocumentKind {
    /** A till's receipt: a simplified invoice. */
    SIMPLIFIED("T"),
    /** Money given back: a receipt of goods brought back, an order's return received. */
    CREDIT_NOTE("C"),
    /** A full invoice: an order's goods shipped or collected. */
    INVOICE("I");

    private final String letter;

    DocumentKind(String letter) {
        this.letter = letter;
    }

    public String letter() {
        return letter;
    }
}
