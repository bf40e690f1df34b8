package io.github.ratecard.webhook;

import io.github.ratecard.domain.InvalidInputException;

/** A webhook URL {@link UrlGuard} refuses: a 400 naming {@code url}, with the words a page shows in its viewer's language. */
public class UrlRefusedException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final transient UrlRefusal refusal;

    public UrlRefusedException(UrlRefusal refusal) {
        super("url", refusal.english());
        this.refusal = refusal;
    }

    public UrlRefusal why() {
        return refusal;
    }
}
