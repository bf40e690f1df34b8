package io.github.ratecard.einvoice;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.ratecard.domain.InvalidInputException;
import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/** What finance may enter as an account's e-invoice terms: each row accepted, or refused naming the field, and why. */
@RunWith(Parameterized.class)
public class BuyerEInvoicingTest {

    @Parameterized.Parameters(name = "{7}")
    public static Collection<Object[]> rows() {
        return Arrays.asList(new Object[][] {
                // category, reason code, reason, scheme, endpoint id, buyer reference, refused field (null: accepted), why
                {"", "", "", "9930", "DE811907980", "04011000-12345-34", null, "no category: the rate implies S or Z"},
                {"ae", "", "", "", "", "", null, "reverse charge, the EU's default reason code"},
                {"E", "VATEX-EU-132-1I", "", "", "", "", null, "exempt with a VATEX code"},
                {"E", "", "Exempt under Article 132(1)(i)", "", "", "", null, "exempt with the law's words"},
                {"E", "", "", "", "", "", "exemptionReason", "exempt without a reason"},
                {"S", "VATEX-EU-AE", "", "", "", "", "exemptionReason", "standard rate with an exemption reason"},
                {"Z", "", "Zero rated", "", "", "", "exemptionReason", "zero rated with a reason (BR-Z-10 forbids one)"},
                {"X", "", "", "", "", "", "vatCategory", "a category EN 16931 does not know"},
                {"G", "EXPORT", "", "", "", "", "exemptionReasonCode", "a code outside the VATEX list"},
                {"", "", "", "1234", "x", "", "endpointScheme", "a scheme outside the EAS list"},
                {"", "", "", "0088", "", "", "endpointId", "a scheme without an address"},
                {"", "", "", "0088", "409 4569 000", "", "endpointId", "spaces in the address"},
                {"", "", "", "EM", "x".repeat(101), "", "endpointId", "an address of 101 characters"},
                {"", "", "", "", "", "x".repeat(101), "buyerReference", "a buyer reference of 101 characters"},
                {"", "", "", "", "", "Leitweg\u0007", "buyerReference", "a control character"},
        });
    }

    @Parameterized.Parameter(0)
    public String category;
    @Parameterized.Parameter(1)
    public String reasonCode;
    @Parameterized.Parameter(2)
    public String reason;
    @Parameterized.Parameter(3)
    public String scheme;
    @Parameterized.Parameter(4)
    public String endpointId;
    @Parameterized.Parameter(5)
    public String buyerReference;
    @Parameterized.Parameter(6)
    public String refusedField;
    @Parameterized.Parameter(7)
    public String why;

    @Test
    public void terms_shouldBeAcceptedOrRefusedNamingTheField() {
        if (refusedField == null) {
            BuyerEInvoicing terms = check();
            assertEquals(category.isEmpty(), terms.vatCategory().isEmpty());
        } else {
            assertEquals(refusedField, assertThrows(InvalidInputException.class, this::check).field());
        }
    }

    private BuyerEInvoicing check() {
        return BuyerEInvoicing.checked("ACME", buyerReference, "", scheme, endpointId, category, reasonCode, reason, false);
    }
}
