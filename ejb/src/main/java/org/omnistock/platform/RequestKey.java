package org.omnistock.platform;

import jakarta.enterprise.context.RequestScoped;

/**
 * The {@code Idempotency-Key} a client sent with this request and whose key space it is (the caller's id), as the
 * web module read it; and whether the answer is one given before. Empty outside an HTTP request (messages, timers).
 */
@RequestScoped
public class RequestKey {

    /** The longest key a client may send. */
    public static final int MAX_LENGTH = 200;

    private String key;
    private String owner;
    private boolean claimed;
    private boolean replayed;

    public void set(String key, String owner) {
        this.key = key;
        this.owner = owner;
    }

    public String key() {
        return key;
    }

    /** The key, for the first boundary method of the request that may be repeated; null for every later one. */
    String claim() {
        if (claimed) {
            return null;
        }
        claimed = true;
        return key;
    }

    public String owner() {
        return owner;
    }

    /** The answer was given before under this key: nothing was changed this time. */
    public void replayed() {
        replayed = true;
    }

    public boolean isReplayed() {
        return replayed;
    }
}
