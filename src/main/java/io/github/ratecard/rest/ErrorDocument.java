package io.github.ratecard.rest;

/** Every error answer: the field at fault (when there is one) and what is wrong, in words. */
public final class ErrorDocument {

    private final String field;
    private final String message;

    public ErrorDocument(String field, String message) {
        this.field = field;
        this.message = message;
    }

    public String getField() {
        return field;
    }

    public String getMessage() {
        return message;
    }
}
