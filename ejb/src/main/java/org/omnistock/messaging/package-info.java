/**
 * What every message-driven boundary shares: reading a message's JSON body, whichever way its client sent it (text,
 * or UTF-8 bytes from a STOMP client that sets {@code content-length}; at most 1 MB), and putting a message it does
 * not accept on the dead-letter address with the reason, on the first delivery, in the listener's transaction when
 * it has one (a listener without one acknowledges after the copy is sent; a copy sent twice after a crash is dropped
 * by the broker by its duplicate id, made from the original's message id). The copy keeps the body as it came and
 * every property JMS can carry; those it cannot (names that are not Java identifiers) go into
 * {@code originalProperties} as JSON, so that nothing about a property can stop a dead letter.
 */
package org.omnistock.messaging;
