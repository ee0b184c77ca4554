/**
 * Accounts: who may call, and how they prove it. Staff users of the back office, API clients of external systems,
 * and the broker users of stores (and of connectors); their passwords and secrets. Above {@code location} and
 * {@code channel} (a user runs stores, a client may be bound to a store and a channel); every capability asks
 * {@code access} what a caller may do, never this one.
 *
 * <h2>Model</h2>
 * <ul>
 *   <li>{@link org.omnistock.account.entity.User}: a staff user of the back office, with a PBKDF2 password hash, a
 *       role, and for a store manager the stores it runs. Ten wrong passwords in a row lock it for 15 minutes.</li>
 *   <li>{@link org.omnistock.account.entity.ApiClient}: an external system, with a secret kept as a hash, its
 *       scopes, and optionally the one store it acts at and the one channel it sells as. The same lockout.</li>
 *   <li>A store's broker user ({@link org.omnistock.account.boundary.StoreCredentials}): named after the store, kept
 *       by the broker (its users file and journal); the server adds it and its permissions with management
 *       messages ({@link org.omnistock.account.control.BrokerManagement}).</li>
 * </ul>
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>Only admins manage users, clients and broker credentials; a user changes its own password.</li>
 *   <li>No default passwords: {@link org.omnistock.account.control.AccountBootstrap} creates the first admin and the
 *       bootstrap client from configuration, or a random admin password written to the log once.</li>
 *   <li>A secret or password is shown once, when it is issued; issuing again replaces it.</li>
 * </ul>
 */
package org.omnistock.account;
