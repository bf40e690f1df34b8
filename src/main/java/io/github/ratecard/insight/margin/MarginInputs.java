package io.github.ratecard.insight.margin;

import io.github.ratecard.budget.OverheadRates;
import java.util.Currency;
import java.util.List;

/** Everything the report is computed from, already limited to the projects the viewer may see. */
public record MarginInputs(Currency baseCurrency, List<MarginLine> lines, List<InvoicedCell> invoiced, List<MarginExpense> expenses,
                           OverheadRates overhead) {

    public MarginInputs {
        lines = List.copyOf(lines);
        invoiced = List.copyOf(invoiced);
        expenses = List.copyOf(expenses);
    }
}
