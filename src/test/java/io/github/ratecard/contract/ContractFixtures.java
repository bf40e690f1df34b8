package io.github.ratecard.contract;

import io.github.ratecard.money.Money;
import io.github.ratecard.rates.HourlyRate;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Small builders for contract tests: amounts, hours and terms written as people say them. */
final class ContractFixtures {

    private ContractFixtures() {
    }

    static Money eur(String amount) {
        return Money.parse(amount, "EUR");
    }

    static Money money(String amountAndCurrency) {
        String[] parts = amountAndCurrency.split(" ");
        return Money.parse(parts[0], parts[1]);
    }

    static YearMonth month(String month) {
        return YearMonth.parse(month);
    }

    static long hours(String hours) {
        return new BigDecimal(hours).multiply(BigDecimal.valueOf(3600)).longValueExact();
    }

    static String inHours(long seconds) {
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600)).stripTrailingZeros().toPlainString();
    }

    /** Comma-separated hours, e.g. {@code "6,12,0"}. */
    static long[] hoursList(String hours) {
        return Arrays.stream(hours.split(",")).map(String::trim).mapToLong(ContractFixtures::hours).toArray();
    }

    /** A monthly retainer of 1,000.00 EUR for {@code prepaid} hours, overage at 85 EUR/h. */
    static Retainer monthly(String prepaid, Rollover rollover) {
        return Retainer.withOverageRate(PeriodLength.MONTH, eur("1000.00"), hours(prepaid), rollover, HourlyRate.parse("85", "EUR"));
    }

    static Contract contract(String validFrom, Optional<String> validTo, DatedTerms... terms) {
        return new Contract("ACME", money("0 EUR").currency(), month(validFrom), validTo.map(ContractFixtures::month), List.of(terms));
    }

    static DatedTerms from(String month, ContractTerms terms) {
        return new DatedTerms(month(month), terms);
    }
}
