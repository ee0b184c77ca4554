package org.omnistock.catalog.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What it takes to create a SKU. */
public record NewSku(
        @NotBlank @Size(max = 64) @Pattern(regexp = SkuView.CODE_PATTERN,
                message = "must be upper-case letters, digits, '-', '_' or '.'") String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) String category) {
}
