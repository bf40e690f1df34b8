package io.github.ratecard.invoice;

/**
 * Another transaction is issuing the same document at this moment (its frozen parties are taken):
 * the issuing transaction rolls back and is tried again, and then finds the document issued.
 */
public class DocumentClaimedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DocumentClaimedException(long invoiceId, Throwable cause) {
        super("Document " + invoiceId + " is being issued by another request", cause);
    }
}
