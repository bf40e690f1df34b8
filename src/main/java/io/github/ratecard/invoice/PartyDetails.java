package io.github.ratecard.invoice;

import io.github.ratecard.domain.Refusal;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import java.util.Locale;

/**
 * Where a seller or buyer of an invoice is, and its VAT number, as an e-invoice names them; empty
 * texts where unknown. The country is kept apart, with the party's name.
 */
public record PartyDetails(String street, String city, String postalCode, String vatId) {

    public static final PartyDetails NONE = new PartyDetails("", "", "", "");
    /** ISO 3166 codes, and the two the EU's VAT numbers use instead: EL for Greece, XI for Northern Ireland. */
    private static final java.util.Set<String> VAT_PREFIXES = vatPrefixes();

    public PartyDetails {
        street = street == null ? "" : street.strip();
        city = city == null ? "" : city.strip();
        postalCode = postalCode == null ? "" : postalCode.strip();
        vatId = vatId == null ? "" : vatId.strip().replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /**
     * These details with the texts given (null keeps one), refused on the field {@code prefix} +
     * name when a text is too long or the VAT number is not a country code and 2 to 13 letters or digits.
     */
    public PartyDetails with(String prefix, String newStreet, String newCity, String newPostalCode, String newVatId) {
        PartyDetails changed = new PartyDetails(newStreet == null ? street : newStreet, newCity == null ? city : newCity,
                newPostalCode == null ? postalCode : newPostalCode, newVatId == null ? vatId : newVatId);
        InvalidInputException.require(changed.street.length() <= InputLimits.STREET, field(prefix, "street"),
                "A street has at most " + InputLimits.STREET + " characters", Refusal.of(Refusal.Reason.TOO_LONG, InputLimits.STREET));
        InvalidInputException.require(changed.city.length() <= InputLimits.CITY, field(prefix, "city"),
                "A city has at most " + InputLimits.CITY + " characters", Refusal.of(Refusal.Reason.TOO_LONG, InputLimits.CITY));
        InvalidInputException.require(changed.postalCode.length() <= InputLimits.POSTAL_CODE, field(prefix, "postalCode"),
                "A postal code has at most " + InputLimits.POSTAL_CODE + " characters", Refusal.of(Refusal.Reason.TOO_LONG, InputLimits.POSTAL_CODE));
        InvalidInputException.require(changed.vatId.isEmpty() || changed.vatId.matches("[A-Z]{2}[0-9A-Z+*.]{2," + (InputLimits.VAT_ID - 2) + "}")
                && VAT_PREFIXES.contains(changed.vatId.substring(0, 2)), field(prefix, "vatId"),
                "A VAT number starts with its country code, e.g. DE123456789");
        return changed;
    }

    private static String field(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static java.util.Set<String> vatPrefixes() {
        java.util.Set<String> prefixes = new java.util.HashSet<>(java.util.Set.of(Locale.getISOCountries()));
        prefixes.add("EL");
        prefixes.add("XI");
        return java.util.Set.copyOf(prefixes);
    }
}
