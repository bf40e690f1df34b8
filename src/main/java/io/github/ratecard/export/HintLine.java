package io.github.ratecard.export;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One hint as the exports write it, in the reader's words: its rule, state, finding and suggested
 * action; the money at stake (null where the rule does not price it) and its currency; the account
 * and project keys; the days it was first and last found; who dismissed it and why (empty if open).
 */
public record HintLine(String rule, String state, String finding, BigDecimal atStake, String currency, String action, String account,
                       String projects, LocalDate firstSeen, LocalDate lastSeen, String dismissedBy, String reason) {
}
