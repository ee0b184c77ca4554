package org.omnistock.marketplace.control;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.omnistock.marketplace.entity.MarketplaceAccount;
import org.omnistock.platform.SecretBox;

/**
 * The access tokens of Amazon accounts on this server: Login with Amazon gives one for the account's refresh token
 * and its application's client id and secret, good for as long as it says (an hour). Kept in memory only, and used
 * until shortly before it runs out (a tenth of its life, at most a minute), or until Amazon refuses it
 * ({@link #forget}); then the next call has a new one. A refusal by Login with Amazon (a revoked refresh token, a
 * wrong secret) is {@link MarketplaceFault.Unauthorized}, shown on the account and tried again later.
 */
@ApplicationScoped
public class AmazonLogin {

    private static final Duration MOST_AHEAD = Duration.ofMinutes(1);

    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final Map<String, LoginWithAmazonApi> clients = new ConcurrentHashMap<>();

    @Inject
    SecretBox secrets;

    private record Token(String value, Instant renewAfter) {
    }

    /** The account's calls as they go out: its API address and an access token good for now. */
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 250, jitter = 200, retryOn = MarketplaceFault.Unavailable.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 10_000,
            failOn = MarketplaceFault.Unavailable.class)
    public ApiTarget target(MarketplaceAccount account) {
        Token token = tokens.get(account.getCode());
        if (token == null || !Instant.now().isBefore(token.renewAfter())) {
            token = exchange(account);
            tokens.put(account.getCode(), token);
        }
        return new ApiTarget(account.getCode(), account.getBaseUrl(), token.value());
    }

    /** Amazon refused the account's access token: the next call asks for a new one. */
    public void forget(String accountCode) {
        tokens.remove(accountCode);
    }

    private Token exchange(MarketplaceAccount account) {
        Instant asked = Instant.now();
        LoginWithAmazonApi login = clients.computeIfAbsent(account.getLoginUrl(), url -> RestClientBuilder
                .newBuilder().baseUri(URI.create(url)).connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(10, TimeUnit.SECONDS).build(LoginWithAmazonApi.class));
        try (Response response = login.token("refresh_token", secrets.open(account.getAccessToken()),
                account.getLoginClientId(), secrets.open(account.getLoginClientSecret()))) {
            JsonObject answer = ShopifyCalls.read(response.readEntity(String.class));
            Duration life = Duration.ofSeconds(answer.getJsonNumber("expires_in").longValue());
            Duration ahead = life.dividedBy(10).compareTo(MOST_AHEAD) < 0 ? life.dividedBy(10) : MOST_AHEAD;
            return new Token(answer.getString("access_token"), asked.plus(life).minus(ahead));
        } catch (WebApplicationException e) {
            MarketplaceFault fault = MarketplaceFault.of(e.getResponse());
            if (fault instanceof MarketplaceFault.Unavailable || fault instanceof MarketplaceFault.Throttled) {
                throw fault;
            }
            throw new MarketplaceFault.Unauthorized("Login with Amazon gave no access token: " + fault.getMessage());
        } catch (ProcessingException e) {
            throw new MarketplaceFault.Unavailable("no answer from Login with Amazon at " + account.getLoginUrl()
                    + ": " + e.getMessage(), e);
        }
    }
}
