package io.github.ratecard.web;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.domain.Refusal;
import java.util.Locale;
import java.util.Optional;
import org.junit.Test;

public class RefusalWordsTest {

    private final RefusalWords german = RefusalWords.of(Locale.GERMAN);

    @Test
    public void label_shouldBeTheFormsWordInTheLanguage() {
        assertEquals("Steuersatz (%)", german.label("taxRatePercent"));
        assertEquals("Tax rate (%)", RefusalWords.of(Locale.ENGLISH).label("taxRatePercent"));
    }

    @Test
    public void label_ofANestedField_shouldBeThatOfItsLastPart() {
        assertEquals("Von", german.label("periodAmounts[0].from"));
    }

    @Test
    public void label_ofAFieldWithoutOne_shouldBeTheFieldItself() {
        assertEquals("mystery", german.label("mystery"));
    }

    @Test
    public void message_shouldWriteNumbersAndDatesAsTheLanguageDoes() {
        assertEquals("Betrag darf h\u00f6chstens 1.000.000.000.000,00 EUR betragen.", german.message("amount", "amount may be at most",
                Optional.of(Refusal.of(Refusal.Reason.AT_MOST, "1000000000000.00 EUR"))));
        assertEquals("Datum muss zwischen 01.01.1970 und 31.12.2199 liegen.", german.message("date", "date must be between",
                Optional.of(Refusal.of(Refusal.Reason.OUT_OF_RANGE, "1970-01-01", "2199-12-31"))));
    }

    @Test
    public void message_aboutADayThatDoesNotExist_shouldQuoteItAsTyped() {
        assertEquals("Datum muss ein Datum sein; eingegeben: 2026-02-30", german.message("date", "date must be a date",
                Optional.of(Refusal.of(Refusal.Reason.NOT_A_DATE, "2026-02-30"))));
    }

    @Test
    public void message_withoutACommonReason_shouldKeepTheEnglishDetailAfterTheLabel() {
        assertEquals("Schl\u00fcssel: Die Eingabe wurde nicht angenommen (Account ACME exists already).",
                german.message("key", "Account ACME exists already", Optional.empty()));
        assertEquals("Account ACME exists already", RefusalWords.of(Locale.ENGLISH).message("key", "Account ACME exists already", Optional.empty()));
    }

    @Test
    public void requested_shouldPickTheAppsLanguageTheHeaderPrefers() {
        assertEquals(Optional.of(Locale.GERMAN), RefusalWords.requested("de-DE,de;q=0.9,en;q=0.8"));
        assertEquals(Optional.of(Locale.ENGLISH), RefusalWords.requested("fr-FR"));
        assertEquals(Optional.empty(), RefusalWords.requested(null));
    }
}
