package org.omnistock.platform;

import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.omnistock.messages.JsonCodec;

/**
 * Gives a request sent again under the same {@code Idempotency-Key} its first answer ({@link Idempotent}). The key
 * belongs to its caller; the request is told apart by the method and its arguments, so the key reused for another
 * request is refused (409 {@code idempotency-key-reused}). The answer is written in the method's transaction, after
 * the method, so it is kept exactly when the change is; two requests with one key at once meet on the key's unique
 * index and one of them fails. A request takes its key once: a boundary the first one calls does not see it. Kept
 * {@link #KEPT}.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotentRequests {

    /** How long a first answer is given again. */
    public static final Duration KEPT = Duration.ofHours(24);

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    RequestKey requestKey;

    @Inject
    Clock clock;

    @AroundInvoke
    Object once(InvocationContext invocation) throws Exception {
        Optional<RequestKey> request = thisRequest();
        String key = request.map(RequestKey::claim).orElse(null);
        if (key == null) {
            return invocation.proceed();
        }
        Method method = invocation.getMethod();
        String owner = request.get().owner();
        String digest = RequestDigest.of(method.getDeclaringClass().getName() + "#" + method.getName() + "|"
                + JsonCodec.toJson(Arrays.asList(invocation.getParameters())));
        Optional<IdempotentRequest> first = em.createNamedQuery(IdempotentRequest.FIND, IdempotentRequest.class)
                .setParameter("owner", owner).setParameter("key", key).getResultStream().findFirst();
        if (first.isPresent()) {
            if (!first.get().getRequestDigest().equals(digest)) {
                throw new Refusal(Refusal.Kind.CONFLICT, "idempotency-key-reused", "idempotency key " + key
                        + " was already used for a different request");
            }
            request.get().replayed();
            return JsonCodec.fromJson(first.get().getAnswerJson(), method.getGenericReturnType());
        }
        Object answer = invocation.proceed();
        em.persist(new IdempotentRequest(owner, key, digest, JsonCodec.toJson(answer), clock.instant()));
        em.flush();
        return answer;
    }

    /** The request's key holder; none outside an HTTP request. */
    private Optional<RequestKey> thisRequest() {
        try {
            requestKey.key();
            return Optional.of(requestKey);
        } catch (ContextNotActiveException noRequest) {
            return Optional.empty();
        }
    }
}
