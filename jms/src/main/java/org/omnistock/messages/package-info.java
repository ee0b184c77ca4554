/**
 * The contract between Omnistock and the stores and channels that talk to it over JMS (ActiveMQ Artemis).
 *
 * <h2>Rules every message follows</h2>
 * <ul>
 *   <li>JSON in a {@code TextMessage} (a STOMP client that sets {@code content-length} delivers a
 *       {@code BytesMessage}: UTF-8 JSON there is read the same); never an {@code ObjectMessage}, so a till in any
 *       language can take part. At most 1 MB; every field within {@link org.omnistock.messages.Limits}.</li>
 *   <li>A store talks to the broker as itself (its broker user is its code). The broker stamps every message with
 *       the user that sent it ({@link org.omnistock.messages.Headers#SENDER}), for every protocol; a sale is accepted
 *       only from its own store. A store's durable subscriptions have its code as client id, and on each address
 *       the subscription name {@link org.omnistock.messages.Destinations#subscription} gives (or its code, on one
 *       address only).</li>
 *   <li>Every message has a {@code schemaVersion}. Contracts change only additively: a receiver ignores fields it does
 *       not know, so an older till keeps working when a field is added.</li>
 *   <li>Every event has an {@code eventId} (a UUID; a journal entry's is {@code journal-<entry id>}), also set as Artemis' duplicate-detection id
 *       ({@link org.omnistock.messages.Headers#DUPLICATE_DETECTION_ID}), so a re-sent event is dropped by the broker.</li>
 *   <li>Header properties carry what a receiver filters on with a selector ({@code locationId}, {@code sku}).</li>
 *   <li>Stock events carry a {@code sequence} that grows by one with every change of a SKU at a location: a receiver
 *       ignores an event whose sequence is not newer than the one it already has.</li>
 * </ul>
 *
 * <h2>Addresses</h2>
 * Kept in {@link org.omnistock.messages.Destinations}: stores send POS sales to an anycast queue, and subscribe to
 * multicast addresses for stock, channel stock, price, promotion and catalog (SKU) changes; connectors and
 * operators subscribe to order and customer changes; each location reads its own tasks queue. A message the server
 * cannot accept goes to the dead-letter address with the reason in
 * {@link org.omnistock.messages.Headers#REJECT_REASON}.
 */
package org.omnistock.messages;
