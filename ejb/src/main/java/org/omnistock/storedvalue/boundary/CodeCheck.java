package org.omnistock.storedvalue.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A gift card's code, sent in a body so that it stays out of addresses and access logs. */
public record CodeCheck(@NotBlank @Size(max = 40) String code) {
}
