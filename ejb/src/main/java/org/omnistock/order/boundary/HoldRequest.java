package org.omnistock.order.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a person holds an order: nothing of it is routed again automatically until the hold is released. */
public record HoldRequest(@NotBlank @Size(max = 500) String reason) {
}
