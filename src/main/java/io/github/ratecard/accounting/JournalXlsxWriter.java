package io.github.ratecard.accounting;

import io.github.ratecard.export.XlsxTable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/** The generic journal as one XLSX sheet in finance's columns: days and amounts typed, texts neutralised. */
public final class JournalXlsxWriter {

    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    public void write(List<JournalColumn> columns, List<JournalLine> lines, OutputStream out) throws IOException {
        try (XlsxTable table = new XlsxTable("Journal", columns.stream().map(JournalColumn::heading).toArray(String[]::new))) {
            CellStyle day = table.format("yyyy-mm-dd");
            CellStyle money = table.format("#,##0.00###");
            for (JournalLine line : lines) {
                Row row = table.row();
                for (int c = 0; c < columns.size(); c++) {
                    switch (columns.get(c).field()) {
                        case DATE -> XlsxTable.date(row, c, line.date(), day);
                        case DOCUMENT -> XlsxTable.text(row, c, line.document(), null);
                        case ACCOUNT -> XlsxTable.text(row, c, line.account(), null);
                        case DEBIT -> XlsxTable.number(row, c, line.debit(), money);
                        case CREDIT -> XlsxTable.number(row, c, line.credit(), money);
                        case TAX_CODE -> XlsxTable.text(row, c, line.taxCode(), null);
                        case CURRENCY -> XlsxTable.text(row, c, line.amount().currency().getCurrencyCode(), null);
                        case AMOUNT -> XlsxTable.number(row, c, line.amount().toDecimal(), money);
                        case BASE_AMOUNT -> XlsxTable.number(row, c, line.baseAmount().map(base -> base.toDecimal()).orElse(null), money);
                        default -> throw new IllegalStateException();
                    }
                }
            }
            table.write(out);
        }
    }
}
