package io.github.ratecard.capacity;

import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.Refusal;
import java.util.Locale;

/** A country as two upper-case letters of ISO 3166-1 (DE, GB, US): how holidays and people are matched. */
public final class CountryCode {

    private CountryCode() {
    }

    /** The code in upper case; refused unless it is two letters. */
    public static String of(String field, String code) {
        InvalidInputException.require(code != null && !code.isBlank(), field, "A country code is needed", Refusal.of(Refusal.Reason.REQUIRED));
        String upper = code.trim().toUpperCase(Locale.ROOT);
        InvalidInputException.require(upper.matches("[A-Z]{2}"), field,
                "A country is two letters of ISO 3166-1, such as DE or GB; was " + code.trim());
        return upper;
    }
}
