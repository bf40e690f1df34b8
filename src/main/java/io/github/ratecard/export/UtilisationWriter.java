package io.github.ratecard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** One export format of the utilisation report: XLSX or CSV, one line per row of the report, in the words' language. */
public interface UtilisationWriter {

    String mediaType();

    String extension();

    void write(List<UtilisationLine> lines, ExportWords words, OutputStream out) throws IOException;

    /** The columns, in the document's language. */
    static String[] heads(ExportWords words) {
        return new String[] {words.text("ratecard.utilisation.col.row"), words.text("ratecard.utilisation.col.capacity"),
            words.text("ratecard.utilisation.col.logged"), words.text("ratecard.utilisation.col.billable"),
            words.text("ratecard.utilisation.col.utilisation"), words.text("ratecard.utilisation.col.billableUtilisation"),
            words.text("ratecard.utilisation.col.target"), words.text("ratecard.utilisation.col.state")};
    }

    /** The row's state in words; empty without one. */
    static String state(UtilisationLine line, ExportWords words) {
        return line.state() == null ? "" : words.text("ratecard.utilisation.state." + line.state());
    }
}
