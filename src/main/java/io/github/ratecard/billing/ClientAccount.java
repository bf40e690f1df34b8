package io.github.ratecard.billing;

import io.github.ratecard.domain.Refusal;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** A billing account: the client work is billed to, in its currency, under its billing rules. */
public record ClientAccount(
        String key,
        String name,
        String customerName,
        Currency currency,
        AccountCategory category,
        AccountStatus status,
        BilledTimeRule billedTime,
        BigDecimal taxRatePercent,
        String invoicePrefix) {

    public static final String KEY_PATTERN = "[A-Z][A-Z0-9_]{1," + (InputLimits.ACCOUNT_KEY - 1) + "}";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(InputLimits.TAX_RATE_PERCENT);

    public ClientAccount {
        InvalidInputException.require(key != null && key.matches(KEY_PATTERN), "key",
                "The account key must be 2 to " + InputLimits.ACCOUNT_KEY + " capital letters, digits or _, starting with a letter, e.g. ACME");
        InvalidInputException.require(name != null && !name.isBlank(), "name", "An account needs a name", Refusal.of(Refusal.Reason.REQUIRED));
        name = name.trim();
        InvalidInputException.require(name.length() <= InputLimits.ACCOUNT_NAME, "name",
                "An account name may have at most " + InputLimits.ACCOUNT_NAME + " characters", Refusal.of(Refusal.Reason.TOO_LONG, InputLimits.ACCOUNT_NAME));
        customerName = customerName == null ? "" : customerName.trim();
        InvalidInputException.require(customerName.length() <= InputLimits.CUSTOMER_NAME, "customerName",
                "A customer name may have at most " + InputLimits.CUSTOMER_NAME + " characters", Refusal.of(Refusal.Reason.TOO_LONG, InputLimits.CUSTOMER_NAME));
        InvalidInputException.require(currency != null, "currency", "An account needs a currency");
        InvalidInputException.require(category != null, "category", "The category must be BILLABLE, INTERNAL or CAPITALIZED");
        InvalidInputException.require(status != null, "status", "The status must be OPEN, CLOSED or ARCHIVED");
        Objects.requireNonNull(billedTime, "billedTime");
        InvalidInputException.require(taxRatePercent != null && taxRatePercent.signum() >= 0 && taxRatePercent.compareTo(HUNDRED) <= 0
                && taxRatePercent.stripTrailingZeros().scale() <= 2, "taxRatePercent",
                "The tax rate must be a percentage from 0 to " + InputLimits.TAX_RATE_PERCENT + " with at most 2 decimal places",
                Refusal.of(Refusal.Reason.OUT_OF_RANGE, 0, InputLimits.TAX_RATE_PERCENT));
        taxRatePercent = taxRatePercent.setScale(2);
        invoicePrefix = invoicePrefix == null || invoicePrefix.isBlank() ? key : invoicePrefix.trim();
        InvalidInputException.require(invoicePrefix.matches("[A-Za-z0-9][A-Za-z0-9_-]{0," + (InputLimits.INVOICE_PREFIX - 1) + "}"), "invoicePrefix",
                "The invoice number prefix must be 1 to " + InputLimits.INVOICE_PREFIX + " letters, digits, - or _");
    }

    /** Whether work billed to this account is priced the same as under {@code other} (currency, category, billed-time rule). */
    public boolean pricesLike(ClientAccount other) {
        return currency.equals(other.currency) && category == other.category && billedTime.equals(other.billedTime);
    }

    public boolean isOpen() {
        return status == AccountStatus.OPEN;
    }

    public ClientAccount withStatus(AccountStatus newStatus) {
        return new ClientAccount(key, name, customerName, currency, category, newStatus, billedTime, taxRatePercent, invoicePrefix);
    }
}
