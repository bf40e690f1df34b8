package io.github.ratecard.invoice;

import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.Refusal;
import java.math.BigDecimal;
import java.util.List;

/**
 * The VAT a line is charged at when it is not the invoice's rate: a category of the stated list and its rate. A line of
 * finance's own or an expense may be at a reduced rate ({@code S} above 0 %), zero rated ({@code Z}) or exempt ({@code E},
 * with the reason the law gives); work, contract and adjustment lines are always at the invoice's rate. The categories the
 * buyer decides (reverse charge, intra-community supply, export, outside the scope) are the account's, for every line.
 */
public record LineVat(String category, BigDecimal percent, String reason) {

    /** The categories a line may choose (UNCL 5305): standard or reduced rate, zero rated, exempt. */
    public static final List<String> CATEGORIES = List.of("S", "Z", "E");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(InputLimits.TAX_RATE_PERCENT);

    public LineVat {
        category = category == null ? "" : category.strip().toUpperCase(java.util.Locale.ROOT);
        InvalidInputException.require(CATEGORIES.contains(category), "vatCategory",
                "A line's VAT category is S (a standard or reduced rate), Z (zero rated) or E (exempt)");
        InvalidInputException.require(percent != null && percent.signum() >= 0 && percent.compareTo(HUNDRED) <= 0
                        && percent.stripTrailingZeros().scale() <= 2, "vatPercent",
                "A line's VAT rate must be a percentage from 0 to " + InputLimits.TAX_RATE_PERCENT + " with at most 2 decimal places",
                Refusal.of(Refusal.Reason.OUT_OF_RANGE, 0, InputLimits.TAX_RATE_PERCENT));
        InvalidInputException.require("S".equals(category) == (percent.signum() > 0), "vatPercent",
                "Category S is charged at a rate above 0 %; Z and E at 0 %");
        percent = percent.setScale(2);
        reason = reason == null ? "" : reason.strip();
        InvalidInputException.require(reason.length() <= InputLimits.EXEMPTION_REASON, "vatReason",
                "An exemption reason has at most " + InputLimits.EXEMPTION_REASON + " characters",
                Refusal.of(Refusal.Reason.TOO_LONG, InputLimits.EXEMPTION_REASON));
        InvalidInputException.require("E".equals(category) == !reason.isEmpty(), "vatReason",
                "An exempt line (E) needs the reason the law gives, and only it has one");
    }

    /** The VAT of the invoice's own rate: standard above 0 %, zero rated at 0 %, without a reason. */
    public static LineVat atInvoiceRate(BigDecimal percent) {
        return new LineVat(percent.signum() > 0 ? "S" : "Z", percent, "");
    }

    /** The rate in hundredths of a percent, as it is stored. */
    public int basisPoints() {
        return percent.movePointRight(2).intValueExact();
    }
}
