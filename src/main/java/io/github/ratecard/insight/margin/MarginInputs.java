package io.github.ratecard.insight.margin;

import io.github.ratecard.budget.OverheadRates;
import io.github.ratecard.fx.RateTable;
import java.util.Currency;
import java.util.List;
import java.util.function.Predicate;

/**
 * Everything the report is computed from. {@code lines} are all the work of the months, so that
 * what an account's documents say is spread over all of its work; only the lines and expenses of
 * projects {@code shownProject} accepts (and of {@code onlyAccount}, when given) become rows.
 * {@code contracts} say what the accounts' contracts make of their revenue, {@code rates} are the exchange-rate
 * table's entries for the bill currencies to the base currency.
 */
public record MarginInputs(Currency baseCurrency, List<MarginLine> lines, List<InvoicedCell> invoiced, List<MarginExpense> expenses,
                           OverheadRates overhead, Predicate<String> shownProject, String onlyAccount, ContractRevenue contracts,
                           RateTable rates) {

    /** Every line and expense shown. */
    public MarginInputs(Currency baseCurrency, List<MarginLine> lines, List<InvoicedCell> invoiced, List<MarginExpense> expenses,
                        OverheadRates overhead) {
        this(baseCurrency, lines, invoiced, expenses, overhead, project -> true, null);
    }

    /** Without contracts or exchange-rate table: every account bills time and materials, only invoices' frozen rates convert. */
    public MarginInputs(Currency baseCurrency, List<MarginLine> lines, List<InvoicedCell> invoiced, List<MarginExpense> expenses,
                        OverheadRates overhead, Predicate<String> shownProject, String onlyAccount) {
        this(baseCurrency, lines, invoiced, expenses, overhead, shownProject, onlyAccount, ContractRevenue.NONE, RateTable.empty());
    }

    public MarginInputs {
        lines = List.copyOf(lines);
        invoiced = List.copyOf(invoiced);
        expenses = List.copyOf(expenses);
    }

    boolean shows(String projectKey, String accountKey) {
        return shownProject.test(projectKey) && (onlyAccount == null || onlyAccount.equals(accountKey));
    }
}
