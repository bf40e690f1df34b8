package io.github.ratecard.invoice;

import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import java.util.Locale;
import java.util.Set;

/**
 * What an account's invoices say of the client beyond its name: its address and country, its VAT
 * number, the days it has to pay (null: no terms given), and the language its exports are written
 * in ({@code en} or {@code de}).
 */
public record BuyerTerms(String accountKey, String countryCode, PartyDetails details, Integer paymentDays, String language) {

    public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "de");

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public BuyerTerms {
        countryCode = countryCode == null ? "" : countryCode.strip().toUpperCase(Locale.ROOT);
        InvalidInputException.require(countryCode.isEmpty() || COUNTRIES.contains(countryCode), "country",
                "The country is an ISO 3166 code such as FR, was: " + countryCode);
        details = details == null ? PartyDetails.NONE : details;
        InvalidInputException.require(paymentDays == null || paymentDays >= 0 && paymentDays <= InputLimits.PAYMENT_DAYS, "paymentDays",
                "Payment terms are 0 to " + InputLimits.PAYMENT_DAYS + " days");
        language = language == null || language.isBlank() ? "en" : language.strip().toLowerCase(Locale.ROOT);
        InvalidInputException.require(LANGUAGES.contains(language), "language", "Invoices are written in en or de, was: " + language);
    }

    public static BuyerTerms none(String accountKey) {
        return new BuyerTerms(accountKey, "", PartyDetails.NONE, null, "en");
    }
}
