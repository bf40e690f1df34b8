package io.github.ratecard.domain;

/** The request is valid but clashes with what is stored (a duplicate key, a closed account). Nothing was changed. */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
