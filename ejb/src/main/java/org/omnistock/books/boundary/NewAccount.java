package org.omnistock.books.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.omnistock.books.entity.AccountType;

/** An account added to the chart. */
public record NewAccount(@NotBlank @Size(max = 16) @Pattern(regexp = "[0-9A-Za-z.-]+") String number,
                         @NotBlank @Size(max = 200) String name, @NotNull AccountType type) {
}
