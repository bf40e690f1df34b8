package io.github.ratecard.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The JSON bodies the REST API accepts. An unknown field is an error (see {@link JsonMapper}), not silently dropped. */
public final class RequestBodies {

    private RequestBodies() {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record LevelBody(String name, String description, Boolean active) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record AssignmentBody(String userKey, String validFrom, String validTo) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record BilledTimeBody(Integer incrementMinutes, String roundingMode, Integer minimumMinutes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record AccountBody(String key, String name, String customerName, String currency, String category, String status,
                              BilledTimeBody billedTime, String taxRatePercent, String invoicePrefix) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record LinkBody(String accountKey, Boolean isDefault) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record RateBody(String scope, String accountKey, String projectKey, String userKey, Long levelId, String amount,
                           String currency, String validFrom, String validTo) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record PeriodBody(String validFrom, String validTo) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record SettingsBody(String baseCurrency, String reportingZone, String sellerName, String sellerCountry, String fiscalYearStart,
                               String invoiceNumberPattern, String creditNoteNumberPattern, String sellerStreet, String sellerCity,
                               String sellerPostalCode, String sellerVatId) {
    }

    /** An account's buyer terms: {@code {"street", "city", "postalCode", "country", "vatId", "paymentDays", "language"}}, the whole of them. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record BuyerTermsBody(String street, String city, String postalCode, String country, String vatId, Integer paymentDays,
                                 String language) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record OverrideBody(Boolean billable, Long billedSeconds, String accountKey, String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record BudgetBody(String scopeKind, String scopeKey, String measure, String amount, String currency, Long hours, String period,
                             String from, String to, java.util.List<Integer> thresholds, String owner,
                             java.util.List<PeriodAmountBody> periodAmounts) {
    }

    /** A budget's own amount for the period (or, for a budget over its whole range, the month) starting on {@code from}. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record PeriodAmountBody(String from, String amount) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record ExpenseBody(String date, String scopeKind, String scopeKey, String category, String amount, String currency,
                              Boolean billable, String markupPercent, String description) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record OverheadBody(String projectKey, String from, String percent) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record DraftBody(String accountKey, String from, String to, String grouping, java.util.List<String> projectKeys, String jql) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record ChoiceBody(java.util.List<Long> worklogIds, java.util.List<Long> expenseIds) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record LineBody(String lineKey, String text, String amount, String vatCategory, String vatPercent, String vatReason) {

        public LineBody(String lineKey, String text, String amount) {
            this(lineKey, text, amount, null, null, null);
        }

        /** The line's own VAT; empty without a category, or with an empty one (the invoice's rate). Z and E are at 0 % unless a rate is given. */
        java.util.Optional<io.github.ratecard.invoice.LineVat> vat() {
            if (vatCategory == null || vatCategory.isBlank()) {
                return java.util.Optional.empty();
            }
            java.math.BigDecimal percent = Inputs.percent(vatPercent, "vatPercent");
            boolean zeroByDefault = percent == null && !"S".equalsIgnoreCase(vatCategory.strip());
            return java.util.Optional.of(new io.github.ratecard.invoice.LineVat(vatCategory, zeroByDefault ? java.math.BigDecimal.ZERO : percent, vatReason));
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record IssueBody(String issueDate, String exchangeRate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record ReasonBody(String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record CreditBody(java.util.List<String> lineKeys, String reason, String issueDate) {
    }
}
