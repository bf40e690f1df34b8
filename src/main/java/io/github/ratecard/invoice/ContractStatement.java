package io.github.ratecard.invoice;

import java.util.List;

/**
 * The figures a contract's draft or invoice is read with, each a label key and a value already in the document's words:
 * a retainer's balance (opening, prepaid, used, overage, expired, rolled over, closing), a cap's consumption, a fixed
 * fee's instalments due. {@link #NONE} for time and materials.
 */
public record ContractStatement(String titleKey, String period, List<Figure> figures) {

    public static final ContractStatement NONE = new ContractStatement("", "", List.of());

    public ContractStatement {
        figures = List.copyOf(figures);
    }

    public boolean isEmpty() {
        return figures.isEmpty();
    }

    /** One figure: its label's i18n key, the value in words ({@code 11.5 h}, {@code 1250.00 EUR}) and its exact number (seconds or minor units). */
    public record Figure(String labelKey, String value, long exact) {
    }
}
