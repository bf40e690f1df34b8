package io.github.ratecard.einvoice;

import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.PlainText;
import io.github.ratecard.domain.Refusal;

/** The length and character checks every e-invoice text shares. */
final class Texts {

    private Texts() {
    }

    static void requireLength(String text, int longest, String field, String what) {
        InvalidInputException.require(text.length() <= longest, field, what + " has at most " + longest + " characters",
                Refusal.of(Refusal.Reason.TOO_LONG, longest));
        PlainText.require(text, field);
    }
}
