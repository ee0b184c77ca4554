package org.omnistock.fulfilment.boundary;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.omnistock.fulfilment.routing.Strategy;

/** The content of a rule set being written: a name, and its strategies in the order they are tried. */
public record RuleSetDraft(@NotBlank @Size(max = 100) String name,
                           @NotEmpty @Size(max = 20) List<@NotNull @Valid Strategy> strategies) {
}
