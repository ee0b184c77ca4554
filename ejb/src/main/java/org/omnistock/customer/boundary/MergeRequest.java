package org.omnistock.customer.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** @param merged the number of the profile to fold into this one */
public record MergeRequest(@NotBlank @Size(max = 20) String merged) {
}
