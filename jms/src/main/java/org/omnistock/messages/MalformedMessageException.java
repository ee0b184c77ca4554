package org.omnistock.messages;

/** A message that cannot be read as its contract says; the message says what is wrong with it. */
public class MalformedMessageException extends RuntimeException {

    public MalformedMessageException(String reason) {
        super(reason);
    }

    public MalformedMessageException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
