package org.omnistock.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlow;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlows;
import org.eclipse.microprofile.openapi.annotations.security.OAuthScope;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.entity.Scopes;

/**
 * Version 1 of the REST API. Changes within a version are additive; a breaking change gets /api/v2.
 *
 * <p>Resources hold nothing of a request (only the services they call), so each is one application-scoped
 * instance: creating, injecting and validating an instance per request was a tenth of the server's CPU on a hot
 * path.</p>
 *
 * <p>The OpenAPI document is generated from these annotations, the resources' and the request and response classes
 * when the module is built (web/pom.xml), and served with Swagger UI at /api-docs/.</p>
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Omnistock API", version = "1",
                description = "One system of record for stock, prices, promotions, orders and customers of every "
                        + "channel. Every "
                        + "call needs an access token (OAuth 2.0 client credentials at /api/v1/tokens) whose scopes "
                        + "allow it; a client bound to a store acts only there. Errors are RFC 9457 problem details."),
        tags = {
                @Tag(name = "catalog", description = "SKUs"),
                @Tag(name = "locations", description = "Stores and warehouses"),
                @Tag(name = "stock", description = "The stock ledger: levels, movements, receipts, counts, transfers"),
                @Tag(name = "reservations", description = "Stock held for orders and carts"),
                @Tag(name = "channels", description = "Sales channels and what each may sell"),
                @Tag(name = "pricing", description = "Price lists and prices"),
                @Tag(name = "promotions", description = "Promotions, coupons, basket pricing, redemptions"),
                @Tag(name = "orders", description = "Orders of every channel, their payments and returns"),
                @Tag(name = "fulfilment", description = "Routing rules and decisions; locations' work for orders"),
                @Tag(name = "customers", description = "Customer profiles, identity keys, merges, loyalty points"),
                @Tag(name = "carts", description = "Server-side carts that follow the customer across devices"),
                @Tag(name = "analytics", description = "Sales by channel, location, category and day; stock cover"),
                @Tag(name = "access", description = "Tokens, API clients, staff users, store broker credentials")})
@SecurityScheme(securitySchemeName = OmnistockApi.SECURITY_SCHEME, type = SecuritySchemeType.OAUTH2,
        description = "Client credentials: an API client's id and secret for a token with its scopes",
        flows = @OAuthFlows(clientCredentials = @OAuthFlow(tokenUrl = "/api/v1/tokens", scopes = {
                @OAuthScope(name = Scopes.READ, description = "read the catalog, stock, prices and promotions"),
                @OAuthScope(name = Scopes.CATALOG_WRITE, description = "SKUs, locations, channels, price zones"),
                @OAuthScope(name = Scopes.STOCK_WRITE, description = "receipts, adjustments, counts, transfers, returns"),
                @OAuthScope(name = Scopes.ORDERS_WRITE, description = "orders, returns, a location's fulfilments, "
                        + "reservations and redemptions"),
                @OAuthScope(name = Scopes.ROUTING_WRITE, description = "routing rule sets: drafts, publication, "
                        + "what-if replays"),
                @OAuthScope(name = Scopes.CUSTOMERS_READ, description = "look customers up, read profiles and "
                        + "loyalty accounts (personal data)"),
                @OAuthScope(name = Scopes.CUSTOMERS_WRITE, description = "create, change and merge customers; "
                        + "adjust points"),
                @OAuthScope(name = Scopes.STOCK_MOVES, description = "accept suggested stock moves"),
                @OAuthScope(name = Scopes.PRICES_WRITE, description = "price lists and prices"),
                @OAuthScope(name = Scopes.PROMOTIONS_WRITE, description = "promotions and coupon codes"),
                @OAuthScope(name = Scopes.ADMIN, description = "staff users, API clients, store broker credentials")})))
public class OmnistockApi extends Application {

    /** The name operations refer to for their scopes. */
    public static final String SECURITY_SCHEME = "oauth2";
}
