package org.omnistock.cart.boundary;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.omnistock.messages.Limits;
import org.omnistock.order.boundary.NewOrder;
import org.omnistock.order.boundary.NewOrder.Authorisation;
import org.omnistock.order.boundary.NewOrder.Delivery;
import org.omnistock.promotion.boundary.BasketRequest;

/**
 * The checkout of a cart: what the order needs beyond the cart's lines and customer. Every line goes to the first
 * delivery group; an order with several groups is placed through the orders API.
 *
 * @param points   loyalty points the signed-in customer spends ({@code expectedTotal} is after them; the cart's
 *                 price shows the balance)
 * @param shortage what becomes of units that cannot be allocated now, as for an order
 */
public record CartOrder(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:/-]*",
                                message = "must be letters, digits and . _ : / -") String externalId,
                        @NotNull @DecimalMin("0") @Digits(integer = Limits.MONEY_INTEGER_DIGITS,
                                fraction = Limits.MONEY_FRACTION_DIGITS) BigDecimal expectedTotal,
                        @DecimalMin("0") @Digits(integer = Limits.MONEY_INTEGER_DIGITS,
                                fraction = Limits.MONEY_FRACTION_DIGITS) BigDecimal shipping,
                        @Size(max = 10) List<@NotBlank @Size(max = 64) String> codes,
                        @NotEmpty @Size(max = 1) List<@NotNull @Valid Delivery> deliveryGroups,
                        @Valid Authorisation authorisation,
                        @Min(0) @Max(BasketRequest.MAX_POINTS) Long points,
                        NewOrder.Shortage shortage) {
}
