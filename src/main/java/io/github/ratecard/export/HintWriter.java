package io.github.ratecard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** One export format of the hints list: XLSX or CSV, one line per hint, in the words' language. */
public interface HintWriter {

    String mediaType();

    String extension();

    void write(List<HintLine> lines, ExportWords words, OutputStream out) throws IOException;

    /** The columns, in the document's language. */
    static String[] heads(ExportWords words) {
        return new String[] {words.text("ratecard.hints.column.rule"), words.text("ratecard.hints.column.state"),
            words.text("ratecard.hints.column.finding"), words.text("ratecard.hints.atStake"), words.text("ratecard.hints.col.currency"),
            words.text("ratecard.hints.column.action"), words.text("ratecard.hints.filter.account"), words.text("ratecard.hints.col.projects"),
            words.text("ratecard.hints.col.firstSeen"), words.text("ratecard.hints.col.lastSeen"), words.text("ratecard.hints.col.dismissedBy"),
            words.text("ratecard.hints.dismiss.reason")};
    }
}
