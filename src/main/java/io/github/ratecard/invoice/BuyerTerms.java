package io.github.ratecard.invoice;

import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.PartyDetails;
import java.util.Locale;
import java.util.Set;

/**
 * What an account's invoices say of the client beyond its name: its address and country, its VAT
 * number, and the days it has to pay (null: no terms given).
 */
public record BuyerTerms(String accountKey, String countryCode, PartyDetails details, Integer paymentDays) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public BuyerTerms {
        countryCode = countryCode == null ? "" : countryCode.strip().toUpperCase(Locale.ROOT);
        InvalidInputException.require(countryCode.isEmpty() || COUNTRIES.contains(countryCode), "country",
                "The country is an ISO 3166 code such as FR, was: " + countryCode);
        details = details == null ? PartyDetails.NONE : details;
        InvalidInputException.require(paymentDays == null || paymentDays >= 0 && paymentDays <= 365, "paymentDays",
                "Payment terms are 0 to 365 days");
    }

    public static BuyerTerms none(String accountKey) {
        return new BuyerTerms(accountKey, "", PartyDetails.NONE, null);
    }
}
