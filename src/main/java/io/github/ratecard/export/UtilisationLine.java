package io.github.ratecard.export;

import java.math.BigDecimal;

/**
 * One row of the utilisation report as the exports write it: its label, hours (two decimals) and
 * percentages (one decimal; null where there is no figure), and its state against target (UNDER,
 * ON, OVER, or null).
 */
public record UtilisationLine(String label, BigDecimal capacityHours, BigDecimal loggedHours, BigDecimal billableHours, BigDecimal utilisation,
                              BigDecimal billableUtilisation, BigDecimal target, String state) {
}
