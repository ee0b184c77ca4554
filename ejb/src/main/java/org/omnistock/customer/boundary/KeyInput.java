package org.omnistock.customer.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.omnistock.customer.control.IdentityKeys;
import org.omnistock.customer.entity.KeyKind;

/** An identity key as a caller gives it; stored normalised ({@link IdentityKeys}). */
public record KeyInput(@NotNull KeyKind kind, @NotBlank @Size(max = IdentityKeys.MAX_LENGTH) String value) {
}
