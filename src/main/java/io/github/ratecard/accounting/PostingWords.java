package io.github.ratecard.accounting;

import io.github.ratecard.invoice.InvoiceKind;
import java.util.Locale;

/** The words a booking text is made of, in German (what DATEV users read) or English. */
public record PostingWords(String invoice, String creditNote, String reversal) {

    public static PostingWords of(Locale locale) {
        return locale != null && "de".equals(locale.getLanguage()) ? new PostingWords("Rechnung", "Gutschrift", "Storno")
                : new PostingWords("Invoice", "Credit note", "Reversal");
    }

    /** E.g. "Rechnung INV-2026-0001 ACME", "Storno Rechnung INV-2026-0001 ACME". */
    public String text(Posting posting) {
        String document = (posting.kind() == InvoiceKind.CREDIT_NOTE ? creditNote : invoice) + " " + posting.document() + " " + posting.accountKey();
        return posting.reversal() ? reversal + " " + document : document;
    }
}
