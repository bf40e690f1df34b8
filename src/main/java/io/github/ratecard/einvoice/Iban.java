package io.github.ratecard.einvoice;

import io.github.ratecard.domain.InvalidInputException;
import java.math.BigInteger;
import java.util.Locale;

/** Bank account numbers as ISO 13616 (IBAN) and ISO 9362 (BIC) write them, with the IBAN's check digits verified. */
public final class Iban {

    public static final int LONGEST = 34;
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Iban() {
    }

    /** The IBAN without spaces, in capitals; refused on {@code field} unless it has 15 to 34 characters and its check digits hold. */
    public static String require(String value, String field) {
        String iban = compact(value);
        InvalidInputException.require(iban.length() >= 15 && iban.length() <= LONGEST && iban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]+"), field,
                "An IBAN is a country code, two check digits and up to 30 letters or digits, e.g. DE89370400440532013000");
        InvalidInputException.require(checksumHolds(iban), field, "The IBAN's check digits do not match: a character is probably mistyped");
        return iban;
    }

    /** The BIC in capitals; refused on {@code field} unless it is 8 or 11 letters and digits as ISO 9362 writes them. */
    public static String requireBic(String value, String field) {
        String bic = compact(value);
        InvalidInputException.require(bic.matches("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?"), field,
                "A BIC has 8 or 11 letters and digits, e.g. COBADEFFXXX");
        return bic;
    }

    static boolean checksumHolds(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }

    private static String compact(String value) {
        return value == null ? "" : value.replace(" ", "").strip().toUpperCase(Locale.ROOT);
    }
}
