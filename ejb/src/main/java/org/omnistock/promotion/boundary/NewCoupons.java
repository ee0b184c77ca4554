package org.omnistock.promotion.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Either one named code ({@code code}, e.g. WELCOME10, usable {@code maxUses} times or without limit), or
 * {@code count} generated codes, each usable {@code maxUses} times (once when absent).
 */
public record NewCoupons(@Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+",
                                 message = "must be letters, digits, '-' or '_'") String code,
                         @Min(1) @Max(10000) Integer count,
                         @Min(1) @Max(MAX_USES) Integer maxUses) {

    /** Uses of one code. */
    public static final int MAX_USES = 1_000_000_000;
}
