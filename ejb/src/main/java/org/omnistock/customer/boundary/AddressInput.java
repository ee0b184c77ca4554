package org.omnistock.customer.boundary;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A postal address; the coordinates are optional (routing needs them only when an order ships there). */
public record AddressInput(@NotBlank @Size(max = 32) String label,
                           @NotBlank @Size(max = 200) String line1,
                           @Size(max = 200) String line2,
                           @NotBlank @Size(max = 16) String postalCode,
                           @NotBlank @Size(max = 100) String city,
                           @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 code") String country,
                           @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 2, fraction = 6) BigDecimal latitude,
                           @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 6)
                           BigDecimal longitude) {
}
