package org.omnistock.messages;

/** JMS message property names, for selectors and for the broker. */
public final class Headers {

    /** Artemis drops a message whose duplicate-detection id it has already seen on that address. */
    public static final String DUPLICATE_DETECTION_ID = "_AMQ_DUPL_ID";

    /** Artemis sets this on dead-lettered messages: the address the message was first sent to. */
    public static final String ARTEMIS_ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";

    /**
     * The broker user that sent the message, set by the broker itself for every protocol (the Omnistock broker plugin,
     * {@code org.omnistock.broker.AuthenticatedSender}), replacing anything a client wrote there. A store's user is
     * named after the store's code, so a POS sale's {@code storeId} must be its sender.
     */
    public static final String SENDER = "omnistockSender";

    public static final String EVENT_ID = "eventId";
    public static final String EVENT_TYPE = "eventType";
    public static final String LOCATION_ID = "locationId";
    public static final String SKU = "sku";
    public static final String CHANNEL = "channel";
    public static final String PRICE_ZONE = "priceZone";
    public static final String PRICE_LIST = "priceList";
    public static final String PROMOTION = "promotion";

    /** Why the server did not accept a message; set on what it puts on the dead-letter address. */
    public static final String REJECT_REASON = "rejectReason";

    /** Where a rejected message had been sent. */
    public static final String ORIGINAL_DESTINATION = "originalDestination";

    /** Who sent a rejected message: the broker user it was sent as. */
    public static final String ORIGINAL_SENDER = "originalSender";

    /**
     * On a rejected message: the properties of the original that JMS cannot carry (names that are not Java
     * identifiers, such as STOMP's {@code content-length}), as a JSON object of name to value.
     */
    public static final String ORIGINAL_PROPERTIES = "originalProperties";

    private Headers() {
    }
}
