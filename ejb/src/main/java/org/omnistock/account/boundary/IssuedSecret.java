package org.omnistock.account.boundary;

import java.io.Serializable;
/**
 * A client's secret, shown this once: only its hash is kept.
 *
 * @param client the client it belongs to
 */
public record IssuedSecret(ClientView client, String secret) implements Serializable {
}
