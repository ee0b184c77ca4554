package org.omnistock.marketplace.control;

/** An account as its calls need it: where its marketplace's API is, and its opened access token. */
public record ApiTarget(String code, String baseUrl, String token) {
}
