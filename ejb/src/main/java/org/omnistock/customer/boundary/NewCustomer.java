package org.omnistock.customer.boundary;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new profile: at least one identity key, so that it can be found again.
 *
 * @param homeStore the code of the store the customer counts as theirs; null for none
 */
public record NewCustomer(@Size(max = 200) String name,
                          @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid KeyInput> keys,
                          boolean emailConsent,
                          boolean smsConsent,
                          @Size(max = 32) String customerGroup,
                          @Size(max = 32) String homeStore,
                          @Size(max = 10) List<@NotNull @Valid AddressInput> addresses) {

    public NewCustomer {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }
}
