package org.omnistock.document.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a document is voided: kept with it for the tax office. */
public record VoidRequest(@NotBlank @Size(max = 200) String reason) {
}
