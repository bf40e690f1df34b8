package io.github.ratecard.rest;

/**
 * Every error answer: the field at fault (when there is one) by its API name and by its label, and
 * what is wrong, in words. Label and message are in the language the request asks for
 * ({@code Accept-Language}, English or German; the pages send their viewer's), else in English.
 */
public final class ErrorDocument {

    private final String field;
    private final String label;
    private final String message;

    public ErrorDocument(String field, String message) {
        this(field, null, message);
    }

    public ErrorDocument(String field, String label, String message) {
        this.field = field;
        this.label = label;
        this.message = message;
    }

    public String getField() {
        return field;
    }

    public String getLabel() {
        return label;
    }

    public String getMessage() {
        return message;
    }
}
