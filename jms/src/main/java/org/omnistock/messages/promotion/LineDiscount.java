package org.omnistock.messages.promotion;

import java.math.BigDecimal;

public record LineDiscount(String promotion, BigDecimal amount) {
}
