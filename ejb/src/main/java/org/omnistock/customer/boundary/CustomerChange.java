package org.omnistock.customer.boundary;

import jakarta.validation.constraints.Size;

/** The profile's details as they are to be from now on (all of them: what is left out is cleared). */
public record CustomerChange(@Size(max = 200) String name,
                             boolean emailConsent,
                             boolean smsConsent,
                             @Size(max = 32) String customerGroup,
                             @Size(max = 32) String homeStore) {
}
