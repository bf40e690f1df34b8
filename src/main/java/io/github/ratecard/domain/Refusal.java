package io.github.ratecard.domain;

import java.util.List;

/**
 * Why an input was refused, as a page says it in the viewer's language: the text's key
 * ({@code ratecard.refusal.<reason>}) and its arguments after the field's label, which fills {0}.
 * The exception's own message stays the API's English.
 */
public record Refusal(Reason reason, List<String> arguments) {

    /** The common refusals, each with a text in every language the app speaks. */
    public enum Reason {
        REQUIRED("required"),
        GIVEN_TWICE("givenTwice"),
        ROWS_AT_MOST("rowsAtMost"),
        TAX_RATE("taxRate"),
        REVENUE_ACCOUNT_DIGITS("revenueAccountDigits"),
        TAX_ACCOUNT_DIGITS("taxAccountDigits"),
        BU_KEY("buKey"),
        DEBTOR_DIGITS("debtorDigits"),
        CLIENT_ACCOUNT_KEY("clientAccountKey"),
        JOURNAL_COLUMNS("journalColumns"),
        TOO_LONG("tooLong"),
        NOT_A_NUMBER("notANumber"),
        NOT_A_DATE("notADate"),
        OUT_OF_RANGE("outOfRange"),
        TOO_MANY_DECIMALS("tooManyDecimals"),
        AT_MOST("atMost"),
        DATE_ORDER("dateOrder"),
        NOT_ONE_OF("notOneOf");

        private final String key;

        Reason(String name) {
            this.key = "ratecard.refusal." + name;
        }

        public String key() {
            return key;
        }
    }

    public Refusal {
        arguments = List.copyOf(arguments);
    }

    public static Refusal of(Reason reason, Object... arguments) {
        return new Refusal(reason, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
