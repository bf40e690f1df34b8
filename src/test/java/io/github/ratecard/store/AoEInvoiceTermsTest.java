package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.einvoice.BuyerEInvoicing;
import io.github.ratecard.einvoice.SellerEInvoicing;
import io.github.ratecard.einvoice.VatCategory;
import io.github.ratecard.testing.ao.TestDatabase;
import java.time.Instant;
import java.util.Optional;
import org.junit.After;
import org.junit.Test;

/** E-invoice terms on the real ORM (H2, or PostgreSQL with -Dratecard.db=postgres): every change kept, read as of a moment. */
public class AoEInvoiceTermsTest {

    private static final Instant MAY = Instant.parse("2026-05-01T00:00:00Z");
    private static final Instant JUNE = Instant.parse("2026-06-01T00:00:00Z");

    private final TestDatabase database = TestDatabase.fresh().migrate(EInvoiceTermsEntity.class);
    private final AoEInvoiceTerms target = new AoEInvoiceTerms(database.activeObjects());

    @After
    public void close() {
        database.close();
    }

    @Test
    public void documentIssuedBeforeAChange_shouldReadTheTermsOfItsDay() {
        target.changeBuyer(BuyerEInvoicing.checked("ACME", "OLD-REF", "", "9957", "FR40303265045", "AE", "", "", false), MAY);
        target.changeBuyer(BuyerEInvoicing.checked("ACME", "NEW-REF", "PO-7", "0088", "4000001000005", "", "", "", true), JUNE);

        BuyerEInvoicing may = target.buyer("ACME", JUNE.minusSeconds(1)).orElseThrow();
        assertEquals("OLD-REF", may.buyerReference());
        assertEquals(Optional.of(VatCategory.AE), may.vatCategory());
        assertEquals("NEW-REF", target.buyer("ACME", JUNE).orElseThrow().buyerReference());
        assertTrue(target.buyer("ACME", JUNE).orElseThrow().xrechnung());
        assertEquals(Optional.empty(), target.buyer("ACME", MAY.minusSeconds(1)));
        assertEquals(Optional.empty(), target.buyer("GLOBEX", JUNE));
    }

    @Test
    public void sellerTerms_shouldReadBackAsSavedAndApartFromTheAccounts() {
        SellerEInvoicing seller = SellerEInvoicing.checked("DE89370400440532013000", "COBADEFFXXX", "9930", "DE811907980", "Accounts receivable",
                "+49 30 1234567", "invoices@ratecard-bpo.example");
        target.changeSeller(seller, MAY);
        target.changeBuyer(BuyerEInvoicing.none("ACME"), MAY);

        assertEquals(seller, target.seller(JUNE).orElseThrow());
        assertEquals(BuyerEInvoicing.none("ACME"), target.buyer("ACME", JUNE).orElseThrow());
    }

    @Test
    public void twoChangesInTheSameMillisecond_shouldReadTheLaterOne() {
        target.changeSeller(SellerEInvoicing.checked("", "", "", "", "First", "", ""), MAY);
        target.changeSeller(SellerEInvoicing.checked("", "", "", "", "Second", "", ""), MAY);

        assertEquals("Second", target.seller(MAY).orElseThrow().contactName());
    }
}
