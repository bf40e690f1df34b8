package io.github.ratecard.accounting;

import java.util.Locale;

/** What an accounting export writes: a DATEV booking batch, or the generic journal as CSV or XLSX. */
public enum ExportFormat {
    DATEV("datev"),
    JOURNAL_CSV("csv"),
    JOURNAL_XLSX("xlsx");

    private final String parameter;

    ExportFormat(String parameter) {
        this.parameter = parameter;
    }

    /** How a request names it: datev, csv or xlsx. */
    public String parameter() {
        return parameter;
    }

    public static java.util.Optional<ExportFormat> ofParameter(String value) {
        String name = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.parameter.equals(name)) {
                return java.util.Optional.of(format);
            }
        }
        return java.util.Optional.empty();
    }
}
