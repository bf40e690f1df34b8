package io.github.ratecard.budget;

import io.github.ratecard.money.Money;
import java.math.BigDecimal;

/** One group of a budget's labour (a user, a level, an account, an epic, an issue): its money, its seconds and its part of the whole in percent. */
public record Share(String key, String label, Money amount, long seconds, BigDecimal percent) {
}
