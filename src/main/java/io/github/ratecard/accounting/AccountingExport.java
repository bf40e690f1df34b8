package io.github.ratecard.accounting;

import io.github.ratecard.domain.DateRange;
import java.util.List;

/**
 * An accounting export of a period, ready to be written: the documents it holds (each flagged when it was exported
 * before), their postings, the DATEV batch header (DATEV only), the journal's columns, and what finance should know
 * (a document in another currency without a frozen exchange rate, a number DATEV's document field cannot hold as it is).
 */
public record AccountingExport(long recordId, ExportFormat format, DateRange period, List<ExportDocument> documents, List<Posting> postings,
                               DatevBatch batch, List<JournalColumn> columns, List<String> notes) {

    public AccountingExport {
        documents = List.copyOf(documents);
        postings = List.copyOf(postings);
        columns = List.copyOf(columns);
        notes = List.copyOf(notes);
    }

    public long reExported() {
        return documents.stream().filter(document -> document.exportedBefore().isPresent()).count();
    }

    public String fileName() {
        if (format == ExportFormat.DATEV) {
            return batch.fileName();
        }
        return "journal_" + period.first() + "_" + period.last() + "." + format.parameter();
    }
}
