package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.ratecard.domain.InvalidInputException;
import org.junit.Test;

public class ExportFormatsTest {

    private final ExportFormats formats = new ExportFormats(null);

    @Test
    public void csvWithSemicolonsAndDecimalCommas_shouldBeOffered() {
        assertEquals("csv", formats.writer("csv", true, "semicolon", "comma").extension());
        assertEquals("csv", formats.writer("csv", false, ";", ",").extension());
    }

    @Test
    public void decimalCommaWithCommaSeparator_shouldBeRefusedNamingDecimal() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> formats.writer("csv", false, "comma", "comma"));

        assertEquals("decimal", refused.field());
    }

    @Test
    public void unknownDecimalSign_shouldBeRefusedNamingDecimal() {
        assertEquals("decimal", assertThrows(InvalidInputException.class, () -> formats.writer("csv", false, ";", "dot")).field());
    }

    @Test
    public void unknownSeparator_shouldBeRefusedNamingSeparator() {
        assertEquals("separator", assertThrows(InvalidInputException.class, () -> formats.writer("csv", false, "colon", "point")).field());
    }
}
