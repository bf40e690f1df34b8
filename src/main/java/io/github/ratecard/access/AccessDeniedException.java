package io.github.ratecard.access;

/** The current user may not do this; {@code signedIn} tells 403 from 401. */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean signedIn;

    public AccessDeniedException(boolean signedIn, String message) {
        super(message);
        this.signedIn = signedIn;
    }

    public boolean signedIn() {
        return signedIn;
    }
}
