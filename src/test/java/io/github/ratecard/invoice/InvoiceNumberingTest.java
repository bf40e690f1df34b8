package io.github.ratecard.invoice;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.ratecard.domain.InvalidInputException;
import org.junit.Test;

/** How a sequence number becomes an invoice number, which sequence it is drawn from, and which patterns are refused. */
public class InvoiceNumberingTest {

    @Test
    public void defaultNumbering_shouldNameThePrefixTheYearAndFourDigits() {
        assertEquals("ACME-2026-0007", InvoiceNumbering.DEFAULT.format(InvoiceKind.INVOICE, "ACME", 2026, 7));
        assertEquals("CN-ACME-2026-0001", InvoiceNumbering.DEFAULT.format(InvoiceKind.CREDIT_NOTE, "ACME", 2026, 1));
    }

    @Test
    public void patternWithTheYear_shouldRestartItsSequenceEveryYear() {
        assertEquals("ACME|INVOICE|2027", InvoiceNumbering.DEFAULT.sequenceKey("ACME", InvoiceKind.INVOICE, 2027));
    }

    @Test
    public void patternWithoutTheYear_shouldKeepOneSequenceSoNoNumberRepeats() {
        InvoiceNumbering numbering = InvoiceNumbering.DEFAULT.with("INV/{prefix}/{seq:6}", null);

        assertEquals("INV/ACME/000042", numbering.format(InvoiceKind.INVOICE, "ACME", 2027, 42));
        assertEquals(numbering.sequenceKey("ACME", InvoiceKind.INVOICE, 2026), numbering.sequenceKey("ACME", InvoiceKind.INVOICE, 2027));
        assertEquals("ACME|CREDIT_NOTE|2027", numbering.sequenceKey("ACME", InvoiceKind.CREDIT_NOTE, 2027));
    }

    @Test
    public void patternsThatCannotNumber_shouldBeRefused() {
        assertEquals("invoiceNumberPattern", refused("{prefix}-{yyyy}", null));
        assertEquals("invoiceNumberPattern", refused("{yyyy}-{seq:4}", null));
        assertEquals("invoiceNumberPattern", refused("=HYPERLINK {prefix}{seq:4}", null));
        assertEquals("invoiceNumberPattern", refused("{prefix}-{seq:0}", null));
        assertEquals("invoiceNumberPattern", refused("{prefix}-{seq:4}-{seq:2}", null));
        assertEquals("creditNoteNumberPattern", refused(null, "{prefix}-{yyyy}-{seq:4}"));
    }

    private static String refused(String invoice, String creditNote) {
        return assertThrows(InvalidInputException.class, () -> InvoiceNumbering.DEFAULT.with(invoice, creditNote)).field();
    }
}
