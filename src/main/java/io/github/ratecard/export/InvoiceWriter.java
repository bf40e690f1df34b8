package io.github.ratecard.export;

import java.io.IOException;
import java.io.OutputStream;

/** One export format of invoices and billing reports: XLSX, CSV or UBL. Writes as it reads, in bounded memory. */
public interface InvoiceWriter {

    String mediaType();

    String extension();

    void write(InvoiceDocument document, OutputStream out) throws IOException;
}
