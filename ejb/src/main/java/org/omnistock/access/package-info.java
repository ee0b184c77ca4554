/**
 * Access: who is calling, and what it may do where. What every capability asks before it acts; it knows nothing of
 * the others (the users, clients and broker users who call are the {@code account} capability's). The design, with
 * the reasons, is docs/security.md; this page is the model.
 *
 * <h2>Model</h2>
 * <ul>
 *   <li>{@link org.omnistock.access.entity.Scopes}: the one vocabulary of permissions ({@code read},
 *       {@code stock:write}, {@code orders:write}, ...). An API client holds scopes; a
 *       {@link org.omnistock.access.entity.StaffRole staff role} is a fixed set of them. Scopes are also the role
 *       names the container checks: the server binds no roles, so a caller's groups, its scopes, are its roles.
 *       The ERP half's: {@code purchasing:read|write|exceed}, {@code payables:write} (supplier invoices and
 *       landed costs), {@code books:read|admin}; the accountant role holds the books' and payables' with
 *       {@code purchasing:read}. Sale to cash's: {@code tax:write} (accountant), {@code till:days} (store managers
 *       at their stores), {@code stored-value:read|write} (store managers at their stores; the accountant reads).
 *       </li>
 *   <li>{@link org.omnistock.access.boundary.Caller}: who is asking, as every boundary sees it: staff, client, the
 *       system, or anonymous; its scopes; the locations it is bound to (none: everywhere); its channel.</li>
 *   <li>{@link org.omnistock.access.entity.EventAccess}: which event addresses an outside system may read by its
 *       scopes, the one rule for a connector's broker user and for webhook topics.</li>
 * </ul>
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>Every boundary method that acts for a caller asks {@link org.omnistock.access.boundary.Access} first:
 *       {@code require(scope)}, {@code requireAt(scope, location)} for what happens at a location,
 *       {@code requireEverywhere(scope)} for what concerns all locations, {@code visibleLocations(scope)} to filter a
 *       view. A refusal is {@code Refusal.Kind.FORBIDDEN} and changes nothing.</li>
 *   <li>Objects that belong to a caller (a reservation) are invisible to other callers: not found, not forbidden.</li>
 *   <li>The caller comes from the request's {@link org.omnistock.access.boundary.AuthenticatedCaller}, established by
 *       the web module's authentication mechanism; work on behalf of nobody runs
 *       {@link org.omnistock.access.boundary.Access#asSystem}. Anyone else is anonymous and may do nothing.</li>
 *   <li>Internal methods that take entities ({@code StockLedger.recordSale}, {@code Reservations.reserveTogether})
 *       are not checked: only code that has checked its own caller calls them.</li>
 * </ul>
 */
package org.omnistock.access;
