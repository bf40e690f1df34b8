package io.github.ratecard.contract;

import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.Refusal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A client account's contract: valid from the first day of {@code validFrom} to the last day of {@code validTo}
 * (empty: open-ended), with effective-dated terms, so its kind changes only at a month boundary. The first terms start
 * with the contract; quarterly terms run whole calendar quarters. Outside its validity the account bills time and
 * materials. All amounts are in the account's {@code currency}.
 */
public record Contract(String accountKey, Currency currency, YearMonth validFrom, Optional<YearMonth> validTo, List<DatedTerms> terms) {

    private static final YearMonth FIRST_MONTH = YearMonth.from(LocalDate.parse(InputLimits.FIRST_DAY));
    private static final YearMonth LAST_MONTH = YearMonth.from(LocalDate.parse(InputLimits.LAST_DAY));

    public Contract {
        InvalidInputException.require(accountKey != null && accountKey.matches(ClientAccount.KEY_PATTERN), "accountKey",
                "The contract needs the key of its client account, e.g. ACME");
        InvalidInputException.require(currency != null, "currency", "A contract needs the account's currency");
        InvalidInputException.require(validFrom != null, "validFrom", "A contract needs the month it starts in", Refusal.of(Refusal.Reason.REQUIRED));
        validTo = validTo == null ? Optional.empty() : validTo;
        requireMonth(validFrom, "validFrom");
        validTo.ifPresent(to -> requireMonth(to, "validTo"));
        InvalidInputException.require(validTo.map(to -> !to.isBefore(validFrom)).orElse(true), "validTo",
                "validTo " + validTo.orElse(null) + " is before validFrom " + validFrom, Refusal.of(Refusal.Reason.DATE_ORDER));
        InvalidInputException.require(terms != null && !terms.isEmpty(), "terms", "A contract needs terms", Refusal.of(Refusal.Reason.REQUIRED));
        InvalidInputException.require(terms.size() <= ContractLimits.TERMS, "terms", "A contract may have at most " + ContractLimits.TERMS + " dated terms");
        terms = List.copyOf(terms);
        InvalidInputException.require(terms.get(0).from().equals(validFrom), "terms", "The first terms must start in the contract's first month " + validFrom);
        for (int i = 0; i < terms.size(); i++) {
            DatedTerms dated = terms.get(i);
            if (i > 0) {
                InvalidInputException.require(dated.from().isAfter(terms.get(i - 1).from()), "terms", "Dated terms must start in months that follow each other, "
                        + dated.from() + " does not follow " + terms.get(i - 1).from(), Refusal.of(Refusal.Reason.DATE_ORDER));
            }
            YearMonth from = dated.from();
            InvalidInputException.require(validTo.map(to -> !from.isAfter(to)).orElse(true), "terms", "Terms from " + from + " start after the contract ends");
            Currency own = dated.terms().currency().orElse(currency);
            InvalidInputException.require(own.equals(currency), "currency", "The terms from " + from + " are in " + own.getCurrencyCode()
                    + ", the account bills in " + currency.getCurrencyCode());
        }
        spans(terms, validTo).forEach(Contract::requireWholePeriods);
    }

    /** The terms in force in {@code month}: time and materials outside the contract's validity. */
    public ContractTerms termsIn(YearMonth month) {
        return spanIn(month).map(TermsSpan::terms).orElse(TimeAndMaterials.INSTANCE);
    }

    /** The dated terms in force in {@code month}, if the contract is valid then. */
    public Optional<TermsSpan> spanIn(YearMonth month) {
        return spans().stream().filter(span -> span.contains(month)).findFirst();
    }

    /** Each dated terms entry with the months it is in force, earliest first. */
    public List<TermsSpan> spans() {
        return spans(terms, validTo);
    }

    /** The dated terms in force in any month of {@code period}, earliest first. */
    public List<TermsSpan> spansDuring(ContractPeriod period) {
        return spans().stream().filter(span -> span.overlaps(period)).toList();
    }

    /** The retainer's or cap's period that contains {@code month}, or the month itself under other terms. */
    public ContractPeriod periodOf(YearMonth month) {
        return termsIn(month).periodLength().orElse(PeriodLength.MONTH).periodOf(month);
    }

    /**
     * The month terms asked for on {@code requested} take effect: that month when it is its first day, the next month
     * otherwise, and the next calendar quarter when the running or the new terms count in quarters; never before the
     * contract starts.
     */
    public YearMonth effectiveMonth(LocalDate requested, ContractTerms newTerms) {
        YearMonth month = nextBoundary(requested, false);
        if (month.isBefore(validFrom)) {
            return validFrom;
        }
        return nextBoundary(month.atDay(1), inQuarters(newTerms) || inQuarters(termsIn(month.minusMonths(1))));
    }

    /** A new open-ended contract whose {@code terms} start at the month boundary that follows {@code requested}. */
    public static Contract startingOn(String accountKey, Currency currency, LocalDate requested, ContractTerms terms) {
        YearMonth from = nextBoundary(requested, inQuarters(terms));
        return new Contract(accountKey, currency, from, Optional.empty(), List.of(new DatedTerms(from, terms)));
    }

    private static YearMonth nextBoundary(LocalDate requested, boolean quarters) {
        YearMonth month = YearMonth.from(requested).plusMonths(requested.getDayOfMonth() == 1 ? 0 : 1);
        while (quarters && !PeriodLength.QUARTER.startsIn(month)) {
            month = month.plusMonths(1);
        }
        return month;
    }

    private static boolean inQuarters(ContractTerms terms) {
        return terms.periodLength().orElse(PeriodLength.MONTH) == PeriodLength.QUARTER;
    }

    /** This contract with {@code newTerms} in force from {@link #effectiveMonth} on, replacing any terms from then. */
    public Contract changedOn(LocalDate requested, ContractTerms newTerms) {
        YearMonth from = effectiveMonth(requested, newTerms);
        List<DatedTerms> changed = new ArrayList<>();
        terms.stream().filter(dated -> dated.from().isBefore(from)).forEach(changed::add);
        changed.add(new DatedTerms(from, newTerms));
        return new Contract(accountKey, currency, validFrom, validTo, changed);
    }

    private static List<TermsSpan> spans(List<DatedTerms> terms, Optional<YearMonth> validTo) {
        List<TermsSpan> spans = new ArrayList<>(terms.size());
        for (int i = 0; i < terms.size(); i++) {
            Optional<YearMonth> last = i + 1 < terms.size() ? Optional.of(terms.get(i + 1).from().minusMonths(1)) : validTo;
            spans.add(new TermsSpan(terms.get(i).from(), last, terms.get(i).terms()));
        }
        return spans;
    }

    private static void requireWholePeriods(TermsSpan span) {
        Optional<PeriodLength> length = span.terms().periodLength();
        if (length.isEmpty() || length.get() == PeriodLength.MONTH) {
            return;
        }
        InvalidInputException.require(length.get().startsIn(span.first()), "terms", "Quarterly terms must start in January, April, July or October, not "
                + span.first());
        InvalidInputException.require(span.last().map(last -> length.get().startsIn(last.plusMonths(1))).orElse(true), "terms",
                "Quarterly terms must end with a calendar quarter, not in " + span.last().orElse(null));
    }

    private static void requireMonth(YearMonth month, String field) {
        InvalidInputException.require(!month.isBefore(FIRST_MONTH) && !month.isAfter(LAST_MONTH), field,
                field + " must be from " + FIRST_MONTH + " to " + LAST_MONTH, Refusal.of(Refusal.Reason.OUT_OF_RANGE, FIRST_MONTH, LAST_MONTH));
    }
}
