package io.github.ratecard.fx;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.ratecard.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

/** Reading a rates file in the long and the ECB layout, all or nothing. */
public class FxCsvReaderTest {

    @Test
    public void longLayout_shouldReadEachLineAsARate() {
        List<ExchangeRate> rates = read("date,base,quote,rate,source\n2026-11-30,EUR,USD,1.0825,ECB\n2026-11-30,GBP,EUR,1.1512\n", null);

        assertEquals(List.of(RateTableTest.rate("EUR", "USD", "2026-11-30", "1.0825"),
                new ExchangeRate(CurrencyPair.of("GBP", "EUR"), LocalDate.parse("2026-11-30"), new java.math.BigDecimal("1.1512"), "")), rates);
    }

    @Test
    public void longLayoutWithoutSource_shouldTakeTheSourceGiven() {
        assertEquals("Treasury", read("2026-11-30,EUR,USD,1.0825\r\n", "Treasury").get(0).source());
    }

    @Test
    public void quotedSource_shouldKeepItsComma() {
        assertEquals("Bank, Frankfurt", read("2026-11-30,EUR,USD,1.0825,\"Bank, Frankfurt\"\n", null).get(0).source());
    }

    @Test
    public void ecbLayout_shouldReadEveryQuotedCurrencyAsAEuroRate() {
        List<ExchangeRate> rates = read("\uFEFFDate,USD,JPY,RUB,\n2026-11-30,1.0825,162.35,N/A,\n2026-11-27,1.0801,,N/A,\n", null);

        assertEquals(List.of(RateTableTest.rate("EUR", "USD", "2026-11-30", "1.0825"), RateTableTest.rate("EUR", "JPY", "2026-11-30", "162.35"),
                RateTableTest.rate("EUR", "USD", "2026-11-27", "1.0801")), rates);
    }

    @Test
    public void layout_shouldBeToldByTheHeading() {
        assertEquals(CsvFormat.ECB, FxCsvReader.read("Date,USD\n2026-11-30,1.08\n".getBytes(StandardCharsets.UTF_8), null, null).format());
        assertEquals(CsvFormat.LONG, FxCsvReader.read("date,base,quote,rate\n2026-11-30,EUR,USD,1.08\n".getBytes(StandardCharsets.UTF_8), null, null)
                .format());
    }

    @Test
    public void ecbDailyFile_shouldReadItsWrittenOutDate() {
        assertEquals(LocalDate.parse("2026-12-04"), read("Date, USD, JPY, \n04 December 2026, 1.0830, 162.10, \n", null).get(0).day());
    }

    @Test
    public void wrongLines_shouldAllBeNamedAndNothingRead() {
        FxImportException refused = assertThrows(FxImportException.class,
                () -> read("2026-11-30,EUR,USD,1.0825\n2026-11-31,EUR,USD,1.08\n2026-11-29,EUR,XXX,1.08\n2026-11-28,EUR,USD,-1\n", null));

        assertEquals(3, refused.wrongLines());
        assertEquals(List.of(2, 3, 4), refused.errors().stream().map(FxImportException.LineError::line).toList());
        assertEquals("file", refused.field());
    }

    @Test
    public void samePairAndDayTwice_shouldNameTheFirstLine() {
        FxImportException refused = assertThrows(FxImportException.class, () -> read("2026-11-30,EUR,USD,1.0825\n2026-11-30,EUR,USD,1.09\n", null));

        assertEquals("EUR/USD 2026-11-30 is already on line 1", refused.errors().get(0).message());
    }

    @Test
    public void ecbHeadingWithAnUnknownCurrency_shouldRefuseLineOne() {
        FxImportException refused = assertThrows(FxImportException.class, () -> read("Date,USD,QQQ\n2026-11-30,1.08,2\n", null));

        assertEquals(1, refused.errors().get(0).line());
    }

    @Test
    public void fileWithoutRates_shouldBeRefused() {
        assertEquals("file", assertThrows(InvalidInputException.class, () -> read("date,base,quote,rate\n\n", null)).field());
    }

    @Test
    public void moreRatesThanTheLimit_shouldBeRefused() {
        StringBuilder file = new StringBuilder();
        LocalDate day = LocalDate.parse("2000-01-01");
        for (int i = 0; i <= io.github.ratecard.domain.InputLimits.FX_CSV_RATES; i++) {
            file.append(day.plusDays(i)).append(",EUR,USD,1\n");
        }

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> read(file.toString(), null));

        assertEquals("A rates file may bring at most 20000 rates", refused.getMessage());
    }

    @Test
    public void fileOverTheSizeLimit_shouldBeRefusedUnread() {
        byte[] file = new byte[io.github.ratecard.domain.InputLimits.FX_CSV_BYTES + 1];

        assertEquals("file", assertThrows(InvalidInputException.class, () -> FxCsvReader.read(file, null, null)).field());
    }

    private static List<ExchangeRate> read(String text, String source) {
        return FxCsvReader.read(text.getBytes(StandardCharsets.UTF_8), null, source).rates();
    }
}
