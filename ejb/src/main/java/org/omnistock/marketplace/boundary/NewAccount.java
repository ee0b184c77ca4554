package org.omnistock.marketplace.boundary;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.omnistock.marketplace.entity.MarketplaceAccount;

/**
 * A marketplace account to connect.
 *
 * @param channel           the platform's sales channel it sells as
 * @param baseUrl           the marketplace's API address (https; http only to localhost)
 * @param accessToken       the credential the API takes, kept encrypted and never shown again: Shopify's Admin API
 *                          access token; Amazon's Login-with-Amazon refresh token ({@code Atzr|...})
 * @param clientId          Amazon: the Login-with-Amazon client id of the application, with {@code clientSecret}
 *                          (kept encrypted) and {@code loginUrl} (https://api.amazon.com/auth/o2/token unless given)
 * @param webhookSecret     what the marketplace signs its webhooks with; kept encrypted
 * @param remoteLocationId  where the marketplace keeps the stock it sells (Shopify: its location's gid; Amazon: the
 *                          marketplace id, A1805IZSGTT6HS for amazon.nl)
 * @param requestsPerSecond the marketplace's quota for the account, and {@code burst} the calls it lets through at
 *                          once (Shopify REST: 2 per second, 40; Plus 20, 400; Amazon: getOrders' 0.0167, 20)
 * @param sellerId          the seller's id on the marketplace (Amazon's feeds need it)
 * @param defaultLatitude   with {@code defaultLongitude}: where to route orders whose address has no coordinates
 *                          (Amazon's have none), e.g. the country's centre
 */
public record NewAccount(@NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9._-]+") String code,
                         @NotNull MarketplaceAccount.Kind kind,
                         @NotBlank @Size(max = 32) String channel,
                         @NotBlank @Size(max = 2000) String baseUrl,
                         @NotBlank @Size(max = 300) String accessToken,
                         @Size(max = 300) String webhookSecret,
                         @NotBlank @Size(max = 200) String remoteLocationId,
                         @NotNull @DecimalMin("0.01") @DecimalMax("1000") BigDecimal requestsPerSecond,
                         @NotNull @Min(1) @Max(10_000) Integer burst,
                         @Size(max = 200) String sellerId,
                         @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 2, fraction = 6)
                         BigDecimal defaultLatitude,
                         @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 6)
                         BigDecimal defaultLongitude,
                         @Size(max = 200) String clientId,
                         @Size(max = 300) String clientSecret,
                         @Size(max = 2000) String loginUrl) {
}
