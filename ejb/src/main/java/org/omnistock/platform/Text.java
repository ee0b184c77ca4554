package org.omnistock.platform;

/** Free text as requests bring it. */
public final class Text {

    private Text() {
    }

    /** Null for null, empty or blank; otherwise without surrounding white space. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
