package org.omnistock.catalog.boundary;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

/** What a unit of a SKU costs the retailer; null to forget it. */
public record UnitCost(@DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal unitCost) {
}
