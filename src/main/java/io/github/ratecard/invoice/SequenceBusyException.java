package io.github.ratecard.invoice;

/** Another issuer took the number this one read: the issuing transaction rolls back and is tried again. */
public class SequenceBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SequenceBusyException(String sequenceKey, Throwable cause) {
        super("Sequence " + sequenceKey + " is busy", cause);
    }
}
