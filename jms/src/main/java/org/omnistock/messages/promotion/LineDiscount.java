package org.omnistock.messages.promotion;

import java.io.Serializable;
import java.math.BigDecimal;

public record LineDiscount(String promotion, BigDecimal amount) implements Serializable {
}
