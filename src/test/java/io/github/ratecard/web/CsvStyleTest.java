package io.github.ratecard.web;

import static org.junit.Assert.assertEquals;

import java.util.Locale;
import org.junit.Test;

public class CsvStyleTest {

    @Test
    public void germanViewer_shouldGetSemicolonsAndDecimalCommasByDefault() {
        assertEquals(CsvStyle.SEMICOLON_COMMA, CsvStyle.of(Locale.GERMANY));
        assertEquals("&separator=semicolon&decimal=comma", CsvStyle.of(Locale.GERMAN).query());
    }

    @Test
    public void englishViewer_shouldGetCommasAndDecimalPointsByDefault() {
        assertEquals(CsvStyle.COMMA_POINT, CsvStyle.of(Locale.UK));
        assertEquals("&separator=comma&decimal=point", CsvStyle.of(Locale.ENGLISH).query());
    }
}
