package io.github.ratecard.domain;

/**
 * The limits of everything a person or a REST client sends Ratecard, in one place: lengths of
 * texts (in characters, counted after trimming), amounts, percentages, dates and ranges, counts per
 * request and per draft or project, page sizes and the size of a request body. Every check uses
 * these constants; {@link Limit} lists them as the rows of the table in {@code src/docs/limits.md}.
 */
public final class InputLimits {

    public static final int LEVEL_NAME = 60;
    public static final int LEVEL_DESCRIPTION = 255;
    public static final int ACCOUNT_KEY = 20;
    public static final int ACCOUNT_NAME = 100;
    public static final int CUSTOMER_NAME = 100;
    public static final int INVOICE_PREFIX = 20;
    public static final int NUMBER_PATTERN = 40;
    public static final int SELLER_NAME = 100;
    public static final int STREET = 100;
    public static final int CITY = 100;
    public static final int POSTAL_CODE = 20;
    public static final int VAT_ID = 15;
    public static final int OVERRIDE_REASON = 1000;
    public static final int EXPENSE_DESCRIPTION = 500;
    public static final int LINE_TEXT = 450;
    /** A void's or credit note's reason, kept in a column of 255 characters. */
    public static final int VOID_OR_CREDIT_REASON = 255;
    /** Why a timesheet was rejected or reopened, or a month closed or reopened, kept in a column of 255 characters. */
    public static final int APPROVAL_REASON = 255;
    public static final int JQL = 2000;
    /** The key that makes drafting and issuing safe to repeat (the {@code Idempotency-Key} header). */
    public static final int REQUEST_KEY = 100;
    /** What a person types into a picker (user, project, account, currency). */
    public static final int PICKER_QUERY = 100;

    /** One amount, in whole units of its currency (see {@code AmountLimits} for currencies with 3 or 4 decimals). */
    public static final String AMOUNT = "1000000000000";
    public static final String HOURLY_RATE = "1000000";
    public static final int HOURLY_RATE_DECIMALS = 4;
    public static final long BUDGET_HOURS = 10_000_000L;
    public static final int TAX_RATE_PERCENT = 100;
    public static final int MARKUP_PERCENT = 1000;
    public static final int OVERHEAD_PERCENT = 500;
    public static final int THRESHOLD_PERCENT = 1000;
    public static final int EXCHANGE_RATE_DECIMALS = 10;
    /** A worklog longer than a week is not work a correction should invent. */
    public static final long BILLED_SECONDS = 7L * 24 * 3600;
    public static final int INCREMENT_MINUTES = 60;
    public static final int MINIMUM_MINUTES = 24 * 60;
    public static final int PAYMENT_DAYS = 365;

    public static final String FIRST_DAY = "1970-01-01";
    public static final String LAST_DAY = "2199-12-31";
    public static final int BUDGET_SPAN_YEARS = 10;
    public static final int INVOICE_PERIOD_YEARS = 5;
    public static final int COST_RANGE_YEARS = 10;
    /** Months of one profitability report. */
    public static final int MARGIN_MONTHS = 24;
    /** Months of the profitability report by epic, which reads one project's ledger entries month by month. */
    public static final int MARGIN_EPIC_MONTHS = 3;
    /** Entries per page behind a profitability figure. */
    public static final int MARGIN_ENTRIES_PAGE = 200;

    public static final int THRESHOLDS = 20;
    public static final int HINT_REASON = 255;
    public static final int HINT_UNINVOICED_DAYS = 365;
    public static final int WEBHOOK_NAME = 100;
    public static final int WEBHOOK_URL = 2000;
    public static final int WEBHOOK_SECRET_MIN = 16;
    public static final int WEBHOOK_SECRET = 200;
    public static final int WEBHOOK_ENDPOINTS = 50;
    public static final int WEBHOOK_DELIVERIES_PAGE = 200;
    /** DATEV's consultant number (Beraternummer) and client number (Mandantennummer), and the G/L account length. */
    public static final int DATEV_CONSULTANT_MIN = 1001;
    public static final int DATEV_CONSULTANT = 9_999_999;
    public static final int DATEV_CLIENT = 99_999;
    public static final int ACCOUNT_LENGTH_MIN = 4;
    public static final int ACCOUNT_LENGTH = 8;
    public static final int REVENUE_ACCOUNTS = 20;
    public static final int DEBTOR_ACCOUNTS = 500;
    public static final int JOURNAL_HEADING = 40;
    /** Bookings in one DATEV file (developer.datev.de: at most 99,999 per booking batch). */
    public static final int DATEV_BOOKINGS = 99_999;
    public static final int ACCOUNTING_EXPORTS_PAGE = 200;
    public static final int PROJECT_KEYS = 20;
    /**
     * A draft's project keys, joined with commas, are kept in a column of 255 characters; only keys longer
     * than Jira's default of 10 characters can reach it, so it guards the store rather than being a row of the table.
     */
    public static final int PROJECT_KEYS_TEXT = 255;
    public static final int IDS_PER_REQUEST = 10_000;
    public static final int MANUAL_LINES = 1_000;
    public static final int EXPENSES_PER_PROJECT = 5_000;

    public static final int ACCOUNTS_PAGE = 200;
    public static final int INVOICES_PAGE = 200;
    public static final int INVOICE_ENTRIES_PAGE = 500;
    public static final int LEDGER_PAGE = 200;
    public static final int JOBS_PAGE = 100;
    public static final int PENDING_CHANGES_PAGE = 200;
    /** A picker's suggestions per request. */
    public static final int PICKER_PAGE = 20;

    /** Capacity calendar: a holiday's name, an absence's reason and span, one calendar read, an uploaded .ics file. */
    public static final int HOLIDAY_NAME = 100;
    public static final int ABSENCE_REASON = 255;
    public static final int ABSENCE_DAYS = 366;
    public static final int CAPACITY_DAYS = 731;
    public static final int ICS_BYTES = 512 * 1024;
    public static final int ICS_HOLIDAYS = 1_000;
    /**
     * The utilisation report: months per period, teams (Jira groups) per request, members of one team, and the largest
     * billable target in percent.
     */
    public static final int UTILISATION_MONTHS = 24;
    public static final int UTILISATION_GROUPS = 10;
    public static final int UTILISATION_GROUP_MEMBERS = 2_000;
    public static final int UTILISATION_TARGET_PERCENT = 100;
    /**
     * The exchange-rate table: the largest rate (one unit of the base in the quote currency; its decimals are
     * {@link #EXCHANGE_RATE_DECIMALS}), a rate's source text, an imported CSV file's size and number of rates, and a page of rates.
     */
    public static final String FX_RATE_MAX = "1000000";
    public static final int FX_SOURCE = 100;
    public static final int FX_CSV_BYTES = 512 * 1024;
    public static final int FX_CSV_RATES = 20_000;
    public static final int FX_RATES_PAGE = 500;

    /** Retainer balance adjustments: hours added or removed at most by one, and its reason. */
    public static final long ADJUSTMENT_HOURS = 100_000L;
    public static final int ADJUSTMENT_REASON = 255;
    /** A contract alert threshold, in percent of the retainer balance or the cap, and how many of each kind. */
    public static final int CONTRACT_THRESHOLD_PERCENT = 100;
    public static final int CONTRACT_THRESHOLDS = 4;

    /** E-invoice terms (einvoice): the buyer's and order references, exemption reasons, electronic addresses, the seller's contact. */
    public static final int BUYER_REFERENCE = 100;
    public static final int ORDER_REFERENCE = 100;
    public static final int EXEMPTION_REASON = 255;
    public static final int ENDPOINT_ID = 100;
    public static final int CONTACT_NAME = 100;
    public static final int CONTACT_PHONE = 40;
    public static final int CONTACT_EMAIL = 254;

    public static final int BODY_BYTES = 1 << 20;

    private InputLimits() {
    }

    /** Refuses a page size ({@code limit}) outside 1 to {@code largest}. */
    public static void requirePageSize(int limit, int largest) {
        InvalidInputException.require(limit >= 1 && limit <= largest, "limit", "limit must be between 1 and " + largest,
                Refusal.of(Refusal.Reason.OUT_OF_RANGE, 1, largest));
    }

    /** Refuses a list of more than {@code largest} entries, naming {@code field}. */
    public static void requireCount(java.util.Collection<?> values, int largest, String field) {
        InvalidInputException.require(values == null || values.size() <= largest, field,
                field + " may list at most " + largest + " entries, had " + (values == null ? 0 : values.size()));
    }

    /** One row of the table: the field and where it is sent, the largest value accepted and the smallest refused. */
    public enum Limit {
        LEVEL_NAME_LENGTH("name", "staff level", LEVEL_NAME, "characters"),
        LEVEL_DESCRIPTION_LENGTH("description", "staff level", LEVEL_DESCRIPTION, "characters"),
        ACCOUNT_KEY_LENGTH("key", "account", ACCOUNT_KEY, "characters"),
        ACCOUNT_NAME_LENGTH("name", "account", ACCOUNT_NAME, "characters"),
        CUSTOMER_NAME_LENGTH("customerName", "account", CUSTOMER_NAME, "characters"),
        INVOICE_PREFIX_LENGTH("invoicePrefix", "account", INVOICE_PREFIX, "characters"),
        NUMBER_PATTERN_LENGTH("invoiceNumberPattern, creditNoteNumberPattern", "settings", NUMBER_PATTERN, "characters"),
        SELLER_NAME_LENGTH("sellerName", "settings", SELLER_NAME, "characters"),
        STREET_LENGTH("street, sellerStreet", "buyer terms, settings", STREET, "characters"),
        CITY_LENGTH("city, sellerCity", "buyer terms, settings", CITY, "characters"),
        POSTAL_CODE_LENGTH("postalCode, sellerPostalCode", "buyer terms, settings", POSTAL_CODE, "characters"),
        VAT_ID_LENGTH("vatId, sellerVatId", "buyer terms, settings", VAT_ID, "characters"),
        OVERRIDE_REASON_LENGTH("reason", "worklog override", OVERRIDE_REASON, "characters"),
        EXPENSE_DESCRIPTION_LENGTH("description", "expense", EXPENSE_DESCRIPTION, "characters"),
        LINE_TEXT_LENGTH("text", "invoice line", LINE_TEXT, "characters"),
        VOID_REASON_LENGTH("reason", "void, credit note", VOID_OR_CREDIT_REASON, "characters"),
        APPROVAL_REASON_LENGTH("reason", "timesheet rejection or reopening, month close or reopening", APPROVAL_REASON, "characters"),
        JQL_LENGTH("jql", "draft, billing report", JQL, "characters"),
        REQUEST_KEY_LENGTH("Idempotency-Key", "draft, issuing an invoice (header)", REQUEST_KEY, "characters"),
        PICKER_QUERY_LENGTH("q", "GET pickers/users, projects, accounts, currencies", PICKER_QUERY, "characters"),

        AMOUNT_SIZE("amount, periodAmounts", "budget, expense, invoice line (also negative)", AMOUNT + ".00", "1000000000000.01", "EUR"),
        HOURLY_RATE_SIZE("amount", "cost or billing rate", HOURLY_RATE, "1000000.0001", "per hour"),
        HOURLY_RATE_SCALE("amount", "cost or billing rate", "0.0001", "0.00001", "per hour (" + HOURLY_RATE_DECIMALS + " decimals)"),
        BUDGET_HOURS_SIZE("hours", "budget", BUDGET_HOURS, "hours"),
        TAX_RATE("taxRatePercent", "account", TAX_RATE_PERCENT + ".00", "100.01", "%"),
        MARKUP("markupPercent", "expense", MARKUP_PERCENT + ".00", "1000.01", "%"),
        OVERHEAD("percent", "overhead rate", OVERHEAD_PERCENT + ".00", "500.01", "%"),
        THRESHOLD("thresholds", "budget", THRESHOLD_PERCENT, "%"),
        EXCHANGE_RATE_SCALE("exchangeRate", "issuing an invoice", "1.0000000001", "1.00000000001", "(" + EXCHANGE_RATE_DECIMALS + " decimals)"),
        BILLED_TIME("billedSeconds", "worklog override", BILLED_SECONDS, "seconds"),
        INCREMENT("incrementMinutes", "account billed time", INCREMENT_MINUTES, "minutes"),
        MINIMUM("minimumMinutes", "account billed time", MINIMUM_MINUTES, "minutes"),
        PAYMENT_TERMS("paymentDays", "buyer terms", PAYMENT_DAYS, "days"),
        UTILISATION_TARGET("billablePercent", "utilisation target", UTILISATION_TARGET_PERCENT + ".0", "100.1", "%"),

        LAST_DATE("every date", "every request", LAST_DAY, "2200-01-01", "day"),
        FIRST_DATE("every date (earliest)", "every request", FIRST_DAY, "1969-12-31", "day"),
        BUDGET_SPAN("to", "budget", "2100-01-01 to 2109-12-31", "2100-01-01 to 2110-01-01", "10 years"),
        INVOICE_PERIOD("to", "draft, billing report", "2026-01-01 to 2030-12-31", "2026-01-01 to 2031-01-01", "5 years"),
        COST_RANGE("to", "project costs", "2026-01 to 2035-12", "2026-01 to 2036-01", "10 years"),
        MARGIN_RANGE("to", "GET insights/margin", "2026-01 to 2027-12", "2026-01 to 2028-01", "24 months"),
        MARGIN_EPIC_RANGE("to", "GET insights/margin by epic", "2026-01 to 2026-03", "2026-01 to 2026-04", MARGIN_EPIC_MONTHS + " months"),
        UTILISATION_PERIOD("to", "utilisation report", "2026-01 to 2027-12", "2026-01 to 2028-01", "2 years"),
        STATEMENT_PERIOD("period", "GET accounts/{key}/statement", "2199-12", "2200-01", "day"),

        THRESHOLD_COUNT("thresholds", "budget", THRESHOLDS, "thresholds"),
        PROJECT_KEY_COUNT("projectKeys", "draft, billing report", PROJECT_KEYS, "projects"),
        WORKLOG_ID_COUNT("worklogIds", "exclusions, inclusions", IDS_PER_REQUEST, "ids"),
        EXPENSE_ID_COUNT("expenseIds", "exclusions, inclusions", IDS_PER_REQUEST, "ids"),
        MANUAL_LINE_COUNT("amount", "lines of one's own per draft", MANUAL_LINES, "lines"),
        EXPENSE_COUNT("scopeKey", "expenses per project, its issues' included", EXPENSES_PER_PROJECT, "expenses"),
        UTILISATION_GROUP_COUNT("group", "utilisation report", UTILISATION_GROUPS, "groups"),
        UTILISATION_GROUP_SIZE("group", "utilisation report (members of one group, nested groups included)", UTILISATION_GROUP_MEMBERS, "members"),

        ACCOUNTS_PAGE_SIZE("limit", "GET accounts", ACCOUNTS_PAGE, "items"),
        INVOICES_PAGE_SIZE("limit", "GET invoices", INVOICES_PAGE, "items"),
        ENTRIES_PAGE_SIZE("limit", "GET invoices/{id}/entries", INVOICE_ENTRIES_PAGE, "items"),
        LEDGER_PAGE_SIZE("limit", "GET issues/{key}/ledger", LEDGER_PAGE, "items"),
        JOBS_PAGE_SIZE("limit", "GET admin/jobs", JOBS_PAGE, "items"),
        PENDING_CHANGES_PAGE_SIZE("limit", "GET pending-changes", PENDING_CHANGES_PAGE, "items"),
        PICKER_PAGE_SIZE("limit", "GET pickers/users, projects, accounts, currencies", PICKER_PAGE, "items"),
        MARGIN_ENTRIES_PAGE_SIZE("limit", "GET insights/margin/entries", MARGIN_ENTRIES_PAGE, "items"),

        HOLIDAY_NAME_LENGTH("name", "public holiday", HOLIDAY_NAME, "characters"),
        ABSENCE_REASON_LENGTH("reason", "absence", ABSENCE_REASON, "characters"),
        ABSENCE_SPAN("lastDay", "absence", "2027-01-01 to 2028-01-01", "2027-01-01 to 2028-01-02", ABSENCE_DAYS + " days"),
        CAPACITY_RANGE("to", "GET capacity/people/{userKey}, capacity/absences", "2026-01-01 to 2028-01-01", "2026-01-01 to 2028-01-02", CAPACITY_DAYS + " days"),
        HOURS_PER_DAY("hoursPerDay", "capacity settings, expected hours", "24", "24.01", "hours"),
        ICS_SIZE("file", "POST capacity/holidays/import", ICS_BYTES, "bytes"),
        HINT_REASON_LENGTH("reason", "dismissing a hint", HINT_REASON, "characters"),
        HINT_UNINVOICED_DAYS_SIZE("uninvoicedDays", "hint settings", HINT_UNINVOICED_DAYS, "days"),
        FX_RATE_SIZE("rate", "exchange rate", FX_RATE_MAX, "1000000.0000000001", "quote units per base unit"),
        FX_RATE_SCALE("rate", "exchange rate", "0.0000000001", "0.00000000001", "quote units per base unit (" + EXCHANGE_RATE_DECIMALS + " decimals)"),
        FX_SOURCE_LENGTH("source", "exchange rate", FX_SOURCE, "characters"),
        FX_CSV_SIZE("file", "POST fx/rates/import", FX_CSV_BYTES, "bytes"),
        FX_CSV_COUNT("file", "POST fx/rates/import", FX_CSV_RATES, "rates"),
        FX_RATES_PAGE_SIZE("limit", "GET fx/rates", FX_RATES_PAGE, "items"),
        ADJUSTMENT_REASON_LENGTH("reason", "retainer balance adjustment", ADJUSTMENT_REASON, "characters"),
        ADJUSTMENT_HOURS_SIZE("hours", "retainer balance adjustment (also negative)", ADJUSTMENT_HOURS, "hours"),
        CONTRACT_THRESHOLD_SIZE("retainer, cap", "contract alert thresholds", CONTRACT_THRESHOLD_PERCENT, "percent (from 1)"),
        CONTRACT_THRESHOLD_COUNT("retainer, cap", "contract alert thresholds", CONTRACT_THRESHOLDS, "thresholds each"),
        WEBHOOK_NAME_LENGTH("name", "webhook endpoint", WEBHOOK_NAME, "characters"),
        WEBHOOK_URL_LENGTH("url", "webhook endpoint", WEBHOOK_URL, "characters"),
        WEBHOOK_SECRET_LENGTH("secret", "webhook endpoint, new secret", WEBHOOK_SECRET, "characters"),
        WEBHOOK_DELIVERIES_PAGE_SIZE("limit", "GET webhooks/deliveries", WEBHOOK_DELIVERIES_PAGE, "items"),
        DATEV_CONSULTANT_SIZE("consultantNumber", "accounting settings (from 1001)", DATEV_CONSULTANT, "as number"),
        DATEV_CLIENT_SIZE("clientNumber", "accounting settings (from 1)", DATEV_CLIENT, "as number"),
        ACCOUNT_LENGTH_SIZE("accountLength", "accounting settings (from 4)", ACCOUNT_LENGTH, "digits"),
        JOURNAL_HEADING_LENGTH("journalColumns", "accounting settings, a column's heading", JOURNAL_HEADING, "characters"),
        ACCOUNTING_EXPORTS_PAGE_SIZE("limit", "GET accounting/exports", ACCOUNTING_EXPORTS_PAGE, "items"),

        BUYER_REFERENCE_LENGTH("buyerReference", "account e-invoice terms", BUYER_REFERENCE, "characters"),
        ORDER_REFERENCE_LENGTH("orderReference", "account e-invoice terms", ORDER_REFERENCE, "characters"),
        EXEMPTION_REASON_LENGTH("exemptionReason", "account e-invoice terms", EXEMPTION_REASON, "characters"),
        LINE_VAT_RATE("vatPercent", "invoice line of one's own or expense (category S)", TAX_RATE_PERCENT + ".00", "100.01", "%"),
        LINE_VAT_REASON_LENGTH("vatReason", "invoice line of one's own or expense (category E)", EXEMPTION_REASON, "characters"),
        ENDPOINT_ID_LENGTH("endpointId", "account e-invoice terms, e-invoice settings", ENDPOINT_ID, "characters"),
        CONTACT_NAME_LENGTH("contactName", "e-invoice settings", CONTACT_NAME, "characters"),
        CONTACT_PHONE_LENGTH("contactPhone", "e-invoice settings", CONTACT_PHONE, "characters"),
        CONTACT_EMAIL_LENGTH("contactEmail", "e-invoice settings", CONTACT_EMAIL, "characters"),
        IBAN_LENGTH("iban", "e-invoice settings", "34", "35", "characters (and valid check digits)"),

        BODY_SIZE("body", "every request", BODY_BYTES, "bytes");

        private final String field;
        private final String where;
        private final String largest;
        private final String smallestRefused;
        private final String unit;

        Limit(String field, String where, long largest, String unit) {
            this(field, where, String.valueOf(largest), String.valueOf(largest + 1), unit);
        }

        Limit(String field, String where, String largest, String smallestRefused, String unit) {
            this.field = field;
            this.where = where;
            this.largest = largest;
            this.smallestRefused = smallestRefused;
            this.unit = unit;
        }

        public String field() {
            return field;
        }

        public String where() {
            return where;
        }

        public String largest() {
            return largest;
        }

        public String smallestRefused() {
            return smallestRefused;
        }

        public String unit() {
            return unit;
        }
    }
}
