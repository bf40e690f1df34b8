package io.github.ratecard.fx;

import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.Refusal;
import io.github.ratecard.fx.FxImportException.LineError;
import io.github.ratecard.money.Currencies;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an exchange-rate file (UTF-8, a byte order mark allowed, comma-separated, cells in double quotes where they hold a
 * comma) in either {@link CsvFormat}, all or nothing: every wrong line is named with what is wrong, and one wrong line
 * refuses the whole file. A pair's day may appear once per file. At most {@value InputLimits#FX_CSV_BYTES} bytes and
 * {@value InputLimits#FX_CSV_RATES} rates.
 */
public final class FxCsvReader {

    static final int LISTED_ERRORS = 20;
    private static final DateTimeFormatter ECB_DAILY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final Currency EURO = Currency.getInstance("EUR");

    private final String defaultSource;
    private final List<ExchangeRate> rates = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private final List<LineError> errors = new ArrayList<>();
    private int wrongLines;

    private FxCsvReader(String defaultSource) {
        this.defaultSource = defaultSource;
    }

    /** The file's rates and its layout; {@code format} null: ECB when the heading is {@code Date} and currency codes, else long. */
    public static RatesFile read(byte[] file, CsvFormat format, String source) {
        InvalidInputException.require(file != null && file.length > 0, "file", "The file is empty", Refusal.of(Refusal.Reason.REQUIRED));
        InvalidInputException.require(file.length <= InputLimits.FX_CSV_BYTES, "file",
                "A rates file may have at most " + InputLimits.FX_CSV_BYTES / 1024 + " KiB");
        String text = new String(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\n|\r", -1);
        CsvFormat layout = format != null ? format : detect(lines);
        String given = source == null || source.isBlank() ? (layout == CsvFormat.ECB ? "ECB" : "") : source.trim();
        FxCsvReader reader = new FxCsvReader(ExchangeRate.source(given));
        if (layout == CsvFormat.ECB) {
            reader.readEcb(lines);
        } else {
            reader.readLong(lines);
        }
        return new RatesFile(layout, reader.result());
    }

    /** What a file brought: its layout and its rates, in file order. */
    public record RatesFile(CsvFormat format, List<ExchangeRate> rates) {
    }

    private static CsvFormat detect(String[] lines) {
        List<String> heading = cells(lines[0]);
        return heading.size() > 1 && heading.get(0).equalsIgnoreCase("date") && heading.get(1).matches("[A-Z]{3}") ? CsvFormat.ECB : CsvFormat.LONG;
    }

    private void readLong(String[] lines) {
        for (int i = 0; i < lines.length && !full(); i++) {
            List<String> cells = cells(lines[i]);
            if (blank(cells) || i == 0 && cells.get(0).equalsIgnoreCase("date")) {
                continue;
            }
            try {
                InvalidInputException.require(cells.size() == 4 || cells.size() == 5, "file",
                        "needs date,base,quote,rate and optionally a source; has " + cells.size() + " cells");
                String source = cells.size() == 5 && !cells.get(4).isEmpty() ? cells.get(4) : defaultSource;
                add(i + 1, new ExchangeRate(CurrencyPair.of(cells.get(1), cells.get(2)), day(cells.get(0)), ExchangeRate.parseRate(cells.get(3)), source));
            } catch (InvalidInputException e) {
                wrong(i + 1, e.getMessage());
            }
        }
    }

    private void readEcb(String[] lines) {
        List<String> heading = cells(lines[0]);
        List<Currency> columns = new ArrayList<>();
        for (int c = 1; c < heading.size(); c++) {
            columns.add(heading.get(c).isEmpty() ? null : ecbCurrency(heading.get(c)));
        }
        if (!heading.get(0).equalsIgnoreCase("date")) {
            wrong(1, "The heading must start with Date, then the currencies' codes, e.g. Date,USD,JPY");
        }
        if (wrongLines > 0) {
            throw new FxImportException(errors, wrongLines);
        }
        for (int i = 1; i < lines.length && !full(); i++) {
            List<String> cells = cells(lines[i]);
            if (blank(cells)) {
                continue;
            }
            try {
                LocalDate day = day(cells.get(0));
                InvalidInputException.require(cells.size() <= columns.size() + 1, "file",
                        "has " + cells.size() + " cells, the heading names " + (columns.size() + 1));
                for (int c = 1; c < cells.size(); c++) {
                    String value = cells.get(c);
                    if (value.isEmpty() || value.equalsIgnoreCase("N/A") || columns.get(c - 1) == null) {
                        continue;
                    }
                    add(i + 1, new ExchangeRate(new CurrencyPair(EURO, columns.get(c - 1)), day, rate(value, heading.get(c)), defaultSource));
                }
            } catch (InvalidInputException e) {
                wrong(i + 1, e.getMessage());
            }
        }
    }

    private Currency ecbCurrency(String code) {
        try {
            Currency currency = Currencies.of(code);
            InvalidInputException.require(!currency.equals(EURO), "file", "EUR is the base of the reference rates, not a column");
            return currency;
        } catch (IllegalArgumentException e) {
            wrong(1, "column " + code + ": " + e.getMessage());
            return null;
        } catch (InvalidInputException e) {
            wrong(1, e.getMessage());
            return null;
        }
    }

    private static java.math.BigDecimal rate(String value, String code) {
        try {
            return ExchangeRate.parseRate(value);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("file", code + ": " + e.getMessage());
        }
    }

    private void add(int line, ExchangeRate rate) {
        String key = rate.pair().key() + " " + rate.day();
        Integer earlier = seen.putIfAbsent(key, line);
        if (earlier != null) {
            wrong(line, key + " is already on line " + earlier);
            return;
        }
        rates.add(rate);
    }

    private boolean full() {
        if (rates.size() > InputLimits.FX_CSV_RATES) {
            throw new InvalidInputException("file", "A rates file may bring at most " + InputLimits.FX_CSV_RATES + " rates",
                    Refusal.of(Refusal.Reason.AT_MOST, InputLimits.FX_CSV_RATES));
        }
        return false;
    }

    private void wrong(int line, String message) {
        wrongLines++;
        if (errors.size() < LISTED_ERRORS) {
            errors.add(new LineError(line, message));
        }
    }

    private List<ExchangeRate> result() {
        full();
        if (wrongLines > 0) {
            throw new FxImportException(errors, wrongLines);
        }
        InvalidInputException.require(!rates.isEmpty(), "file", "The file has no rates", Refusal.of(Refusal.Reason.REQUIRED));
        return List.copyOf(rates);
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException iso) {
            try {
                return LocalDate.parse(text, ECB_DAILY);
            } catch (DateTimeParseException daily) {
                throw new InvalidInputException("file", "the date must be a day such as 2026-11-30, was: " + text,
                        Refusal.of(Refusal.Reason.NOT_A_DATE, text));
            }
        }
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(String::isEmpty);
    }

    /** The cells of one line, trimmed; a cell in double quotes may hold commas and doubled quotes. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().trim());
        return cells;
    }
}
