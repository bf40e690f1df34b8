package io.github.ratecard.invoice;

/** Another request with the same person's key was answered first; its answer is kept instead. */
public class RequestKeyTakenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RequestKeyTakenException(Throwable cause) {
        super("The request key is taken", cause);
    }
}
