package io.github.ratecard.access;

/** The current user may not do this; {@code signedIn} tells 403 from 401. */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean signedIn;
    private final String key;

    public AccessDeniedException(boolean signedIn, String message) {
        this(signedIn, message, null);
    }

    /** {@code key}: the i18n key of the refusal's message, for an answer in the asker's language. */
    public AccessDeniedException(boolean signedIn, String message, String key) {
        super(message);
        this.signedIn = signedIn;
        this.key = key;
    }

    public java.util.Optional<String> key() {
        return java.util.Optional.ofNullable(key);
    }

    public boolean signedIn() {
        return signedIn;
    }
}
