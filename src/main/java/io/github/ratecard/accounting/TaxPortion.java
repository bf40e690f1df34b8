package io.github.ratecard.accounting;

import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The part of a document taxed at one rate: its net amount and its tax, signed as the document's totals are (a credit
 * note's are negative). {@code key} names the rate as the accounting settings map it to a revenue account: the
 * percentage without trailing zeros, e.g. {@code 19}, {@code 7}, {@code 0}.
 */
public record TaxPortion(BigDecimal percent, Money net, Money tax) {

    public TaxPortion {
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(tax, "tax");
        percent = percent.stripTrailingZeros();
    }

    public String key() {
        return percent.signum() == 0 ? "0" : percent.toPlainString();
    }

    public Money gross() {
        return net.plus(tax);
    }
}
