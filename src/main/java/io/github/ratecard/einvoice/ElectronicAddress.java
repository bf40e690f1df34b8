package io.github.ratecard.einvoice;

import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.PlainText;
import java.util.Locale;
import java.util.Set;

/**
 * Where a party receives e-invoices (EN 16931 BT-34 for the seller, BT-49 for the buyer): an identifier and the scheme
 * it belongs to, from the EAS code list (e.g. 0088 GLN, 0192 Norwegian organisation number, 0204 German Leitweg-ID,
 * 0208 Belgian enterprise number, 9930 German VAT number, 9957 French VAT number, EM e-mail). Empty when unknown.
 */
public record ElectronicAddress(String scheme, String id) {

    public static final ElectronicAddress NONE = new ElectronicAddress("", "");

    /** The EAS codes Peppol's code list keeps current (list of 2025), and EM. */
    static final Set<String> SCHEMES = Set.of("0002", "0007", "0009", "0037", "0060", "0088", "0096", "0097", "0106", "0130", "0135", "0142",
            "0151", "0183", "0184", "0188", "0190", "0191", "0192", "0193", "0195", "0196", "0198", "0199", "0200", "0201", "0202", "0203",
            "0204", "0205", "0208", "0209", "0210", "0211", "0212", "0213", "0215", "0216", "0218", "0221", "0230", "9901", "9910", "9913",
            "9914", "9915", "9918", "9919", "9920", "9922", "9923", "9924", "9925", "9926", "9927", "9928", "9929", "9930", "9931", "9932",
            "9933", "9934", "9935", "9936", "9937", "9938", "9939", "9940", "9941", "9942", "9943", "9944", "9945", "9946", "9947", "9948",
            "9949", "9950", "9951", "9952", "9953", "9957", "9959", "EM");

    public ElectronicAddress {
        scheme = scheme == null ? "" : scheme.strip().toUpperCase(Locale.ROOT);
        id = id == null ? "" : id.strip();
    }

    /** The address given, refused on {@code prefix}Scheme / {@code prefix}Id when the scheme is unknown, or one part is missing or too long. */
    public static ElectronicAddress of(String prefix, String scheme, String id) {
        ElectronicAddress address = new ElectronicAddress(scheme, id);
        if (address.isEmpty()) {
            return NONE;
        }
        InvalidInputException.require(SCHEMES.contains(address.scheme), prefix + "Scheme",
                "The scheme is a code of the EAS list, e.g. 0088 (GLN), 0204 (Leitweg-ID), 9930 (German VAT number) or EM (e-mail), was: "
                        + address.scheme);
        InvalidInputException.require(!address.id.isEmpty() && address.id.length() <= InputLimits.ENDPOINT_ID && PlainText.clean(address.id).equals(address.id)
                && !address.id.contains(" "), prefix + "Id", "An electronic address has 1 to " + InputLimits.ENDPOINT_ID + " characters without spaces");
        return address;
    }

    public boolean isEmpty() {
        return scheme.isEmpty() && id.isEmpty();
    }
}
