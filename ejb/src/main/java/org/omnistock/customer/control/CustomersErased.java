package org.omnistock.customer.control;

import java.util.List;

/**
 * Fired in the erasure's transaction, before the keys are gone: every capability that keeps personal data about
 * these customers forgets it, keeping amounts and history. Orders are found by the customer numbers and by the
 * channels' own ids for the customer ({@code <channel>:<id>}, orders placed before the profile knew them).
 */
public record CustomersErased(List<String> customerNumbers, List<String> externalIds) {
}
