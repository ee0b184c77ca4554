package org.omnistock.location.boundary;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.omnistock.location.entity.LocationType;

/** What it takes to create a location. */
public record NewLocation(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]*",
                message = "must be upper-case letters, digits, '-' or '_'") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull LocationType type,
        @NotNull @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 2, fraction = 6) BigDecimal latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 6) BigDecimal longitude) {
}
