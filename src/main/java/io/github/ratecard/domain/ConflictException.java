package io.github.ratecard.domain;

/** The request is valid but clashes with what is stored (a duplicate key, a closed account). Nothing was changed. */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String key;

    public ConflictException(String field, String message) {
        this(field, message, null);
    }

    /** {@code key}: the i18n key of the refusal's message, for an answer in the asker's language. */
    public ConflictException(String field, String message, String key) {
        super(message);
        this.field = field;
        this.key = key;
    }

    public java.util.Optional<String> key() {
        return java.util.Optional.ofNullable(key);
    }

    public String field() {
        return field;
    }
}
