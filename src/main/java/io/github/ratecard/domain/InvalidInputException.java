package io.github.ratecard.domain;

/** Input that breaks a rule; names the field so a form or REST client can point at it. Nothing was changed. */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final transient Refusal refusal;

    public InvalidInputException(String field, String message) {
        this(field, message, null);
    }

    /** With the reason a page words in the viewer's language; {@code message} stays the API's English. */
    public InvalidInputException(String field, String message, Refusal refusal) {
        super(message);
        this.field = field;
        this.refusal = refusal;
    }

    public String field() {
        return field;
    }

    /** The common reason this refusal is, when it is one. */
    public java.util.Optional<Refusal> refusal() {
        return java.util.Optional.ofNullable(refusal);
    }

    /** Throws when {@code condition} is false. */
    public static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidInputException(field, message);
        }
    }

    /** Throws when {@code condition} is false, with the common reason a page words in the viewer's language. */
    public static void require(boolean condition, String field, String message, Refusal refusal) {
        if (!condition) {
            throw new InvalidInputException(field, message, refusal);
        }
    }
}
