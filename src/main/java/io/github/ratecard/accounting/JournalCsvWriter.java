package io.github.ratecard.accounting;

import io.github.ratecard.export.CsvTable;
import io.github.ratecard.export.SafeCell;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/** The generic journal as CSV (RFC 4180, UTF-8, CRLF), in finance's columns; texts neutralised as every export's. */
public final class JournalCsvWriter {

    private final CsvTable table;

    public JournalCsvWriter(boolean byteOrderMark, char separator, char decimalSign) {
        this.table = new CsvTable(byteOrderMark, separator, decimalSign);
    }

    public String mediaType() {
        return CsvTable.MEDIA_TYPE;
    }

    public void write(List<JournalColumn> columns, List<JournalLine> lines, OutputStream out) throws IOException {
        CSVPrinter csv = table.open(out, columns.stream().map(column -> SafeCell.text(column.heading())).toArray(String[]::new));
        for (JournalLine line : lines) {
            List<String> values = new ArrayList<>();
            for (JournalColumn column : columns) {
                values.add(switch (column.field()) {
                    case DATE -> line.date().toString();
                    case DOCUMENT -> SafeCell.text(line.document());
                    case ACCOUNT -> line.account();
                    case DEBIT -> table.number(line.debit());
                    case CREDIT -> table.number(line.credit());
                    case TAX_CODE -> SafeCell.text(line.taxCode());
                    case CURRENCY -> line.amount().currency().getCurrencyCode();
                    case AMOUNT -> table.number(line.amount().toDecimal());
                    case BASE_AMOUNT -> line.baseAmount().map(base -> table.number(base.toDecimal())).orElse("");
                });
            }
            csv.printRecord(values);
        }
        csv.flush();
    }
}
