package org.omnistock.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * A boundary method a client may safely send again under an {@code Idempotency-Key}: the first answer is kept in the
 * method's own transaction and given again for the same request under the same key ({@link IdempotentRequests}).
 * For methods that have no key of their own in what they write (an order's external id, a payment's reference, a
 * movement's key) and that run in a transaction (REQUIRED): the answer and the change commit together or not at all.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {
}
