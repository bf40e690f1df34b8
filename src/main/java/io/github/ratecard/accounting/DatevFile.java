package io.github.ratecard.accounting;

import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.money.Money;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A DATEV-Format booking batch ("EXTF", header version 700, category 21, format version 13), following
 * developer.datev.de/datev/platform/en/dtvf: fields separated by semicolons, every line ending in CR LF, text fields in
 * double quotes with inner quotes doubled and no control characters, decimal comma without thousands separators. Line 1
 * is the header (31 fields, as DATEV's own example), line 2 the 125 column headings, then one booking per tax rate of
 * each posting: the gross amount on the debtor account (Konto) against the rate's revenue account (Gegenkonto) with its
 * BU key, S when the debtor is debited (an invoice), H when credited (a credit note, a reversal). A document in another
 * currency than the batch's carries its currency (WKZ Umsatz), the rate and its base-currency amount (Basis-Umsatz).
 *
 * <p>Not proven from DATEV's own pages and so stated in the user guide: the encoding Windows-1252 (secondary sources
 * say DATEV reads ANSI; a character it cannot hold becomes {@code ?}), the positions of header fields 18 to 31 (taken
 * from DATEV's example line), Belegdatum as day and month ({@code TTMM}), and the direction of Kurs, written here as
 * units of the document's currency per unit of the base currency (left empty when that is not from 0,000001 to 9999,999999).
 */
public final class DatevFile {

    public static final Charset ENCODING = Charset.forName("windows-1252");
    public static final String MEDIA_TYPE = "text/csv; charset=windows-1252";
    public static final List<String> COLUMNS = List.of(
            "Umsatz (ohne Soll/Haben-Kz)", "Soll/Haben-Kennzeichen", "WKZ Umsatz", "Kurs", "Basis-Umsatz", "WKZ Basis-Umsatz", "Konto",
            "Gegenkonto (ohne BU-Schl\u00fcssel)", "BU-Schl\u00fcssel", "Belegdatum", "Belegfeld 1", "Belegfeld 2", "Skonto", "Buchungstext",
            "Postensperre", "Diverse Adressnummer", "Gesch\u00e4ftspartnerbank", "Sachverhalt", "Zinssperre", "Beleglink", "Beleginfo - Art 1",
            "Beleginfo - Inhalt 1", "Beleginfo - Art 2", "Beleginfo - Inhalt 2", "Beleginfo - Art 3", "Beleginfo - Inhalt 3", "Beleginfo - Art 4",
            "Beleginfo - Inhalt 4", "Beleginfo - Art 5", "Beleginfo - Inhalt 5", "Beleginfo - Art 6", "Beleginfo - Inhalt 6", "Beleginfo - Art 7",
            "Beleginfo - Inhalt 7", "Beleginfo - Art 8", "Beleginfo - Inhalt 8", "KOST1 - Kostenstelle", "KOST2 - Kostenstelle", "Kost-Menge",
            "EU-Land u. UStID (Bestimmung)", "EU-Steuersatz (Bestimmung)", "Abw. Versteuerungsart", "Sachverhalt L+L", "Funktionserg\u00e4nzung L+L",
            "BU 49 Hauptfunktionstyp", "BU 49 Hauptfunktionsnummer", "BU 49 Funktionserg\u00e4nzung", "Zusatzinformation - Art 1",
            "Zusatzinformation- Inhalt 1", "Zusatzinformation - Art 2", "Zusatzinformation- Inhalt 2", "Zusatzinformation - Art 3",
            "Zusatzinformation- Inhalt 3", "Zusatzinformation - Art 4", "Zusatzinformation- Inhalt 4", "Zusatzinformation - Art 5",
            "Zusatzinformation- Inhalt 5", "Zusatzinformation - Art 6", "Zusatzinformation- Inhalt 6", "Zusatzinformation - Art 7",
            "Zusatzinformation- Inhalt 7", "Zusatzinformation - Art 8", "Zusatzinformation- Inhalt 8", "Zusatzinformation - Art 9",
            "Zusatzinformation- Inhalt 9", "Zusatzinformation - Art 10", "Zusatzinformation- Inhalt 10", "Zusatzinformation - Art 11",
            "Zusatzinformation- Inhalt 11", "Zusatzinformation - Art 12", "Zusatzinformation- Inhalt 12", "Zusatzinformation - Art 13",
            "Zusatzinformation- Inhalt 13", "Zusatzinformation - Art 14", "Zusatzinformation- Inhalt 14", "Zusatzinformation - Art 15",
            "Zusatzinformation- Inhalt 15", "Zusatzinformation - Art 16", "Zusatzinformation- Inhalt 16", "Zusatzinformation - Art 17",
            "Zusatzinformation- Inhalt 17", "Zusatzinformation - Art 18", "Zusatzinformation- Inhalt 18", "Zusatzinformation - Art 19",
            "Zusatzinformation- Inhalt 19", "Zusatzinformation - Art 20", "Zusatzinformation- Inhalt 20", "St\u00fcck", "Gewicht", "Zahlweise",
            "Forderungsart", "Veranlagungsjahr", "Zugeordnete F\u00e4lligkeit", "Skontotyp", "Auftragsnummer", "Buchungstyp",
            "USt-Schl\u00fcssel (Anzahlungen)", "EU-Land (Anzahlungen)", "Sachverhalt L+L (Anzahlungen)", "EU-Steuersatz (Anzahlungen)",
            "Erl\u00f6skonto (Anzahlungen)", "Herkunft-Kz", "Buchungs GUID", "KOST-Datum", "SEPA-Mandatsreferenz", "Skontosperre",
            "Gesellschaftername", "Beteiligtennummer", "Identifikationsnummer", "Zeichnernummer", "Postensperre bis",
            "Bezeichnung SoBil-Sachverhalt", "Kennzeichen SoBil-Buchung", "Festschreibung", "Leistungsdatum", "Datum Zuord. Steuerperiode",
            "F\u00e4lligkeit", "Generalumkehr (GU)", "Steuersatz", "Land", "Abrechnungsreferenz", "BVV-Position", "EU-Land u. UStID (Ursprung)",
            "EU-Steuersatz (Ursprung)", "Abw. Skontokonto");

    private static final int FIELDS = COLUMNS.size();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("ddMM");

    private DatevFile() {
    }

    /** The bookings the postings make: one per tax rate whose gross amount is not zero. */
    public static int bookings(List<Posting> postings) {
        return (int) postings.stream().flatMap(posting -> posting.portions().stream()).filter(portion -> !portion.gross().isZero()).count();
    }

    /** Refuses a batch of more bookings than a DATEV file may hold, naming the period. */
    public static void requireFits(List<Posting> postings) {
        int count = bookings(postings);
        InvalidInputException.require(count <= InputLimits.DATEV_BOOKINGS, "to", "The period has " + count + " bookings, more than the "
                + InputLimits.DATEV_BOOKINGS + " a DATEV file may hold: export a shorter period");
    }

    public static void write(DatevBatch batch, List<Posting> postings, PostingWords words, OutputStream out) throws IOException {
        requireFits(postings);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, ENCODING.newEncoder()
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE).replaceWith(new byte[] {'?'})));
        writer.write(header(batch));
        writer.write("\r\n");
        writer.write(String.join(";", COLUMNS));
        writer.write("\r\n");
        for (Posting posting : postings) {
            for (PostedPortion portion : posting.portions()) {
                if (!portion.gross().isZero()) {
                    writer.write(booking(batch, posting, portion, words));
                    writer.write("\r\n");
                }
            }
        }
        writer.flush();
    }

    static String header(DatevBatch batch) {
        List<String> fields = new ArrayList<>(List.of(text("EXTF"), "700", "21", text("Buchungsstapel"), "13", CREATED.format(batch.createdAt()), "",
                text("RC"), text(""), text(""), String.valueOf(batch.consultantNumber()), String.valueOf(batch.clientNumber()),
                DAY.format(batch.fiscalYearStart()), String.valueOf(batch.accountLength()), DAY.format(batch.from()), DAY.format(batch.to()),
                text(batch.label()), text(""), "1", "0", "0", text(batch.currency().getCurrencyCode()), "", text(""), "", "",
                text(batch.skr()), "", "", text(""), text("")));
        return String.join(";", fields);
    }

    static String booking(DatevBatch batch, Posting posting, PostedPortion portion, PostingWords words) {
        String[] fields = new String[FIELDS];
        Arrays.fill(fields, "");
        Money gross = portion.gross();
        fields[0] = amount(gross);
        fields[1] = text(gross.isNegative() ? "H" : "S");
        fields[2] = text(posting.currency().getCurrencyCode());
        if (!posting.currency().equals(batch.currency())) {
            posting.exchangeRate().flatMap(DatevFile::kurs).ifPresent(kurs -> fields[3] = kurs);
            portion.baseGross().ifPresent(base -> {
                fields[4] = amount(base);
                fields[5] = text(base.currency().getCurrencyCode());
            });
        }
        fields[6] = posting.debtorAccount();
        fields[7] = portion.revenue().account();
        fields[8] = text(portion.revenue().buKey());
        fields[9] = DAY_MONTH.format(posting.date());
        fields[10] = text(documentField(posting.document()));
        fields[13] = text(bookingText(words.text(posting)));
        return String.join(";", fields);
    }

    /** Belegfeld 1: up to 36 of the characters DATEV allows there (letters A-Z, digits, $ & % * + - /); any other becomes _. */
    public static String documentField(String number) {
        String allowed = number.replaceAll("[^A-Za-z0-9$&%*+\\-/]", "_");
        return allowed.length() > 36 ? allowed.substring(allowed.length() - 36) : allowed;
    }

    /** Buchungstext: one line of at most 60 characters. */
    static String bookingText(String value) {
        String line = value.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ").strip();
        return line.length() > 60 ? line.substring(0, 60) : line;
    }

    /** Text in quotes, inner quotes doubled; control characters (line breaks) become spaces. */
    static String text(String value) {
        return "\"" + value.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ").replace("\"", "\"\"") + "\"";
    }

    /** A positive amount with two decimals and a comma, e.g. 1190,00 (the sign is the S/H field's). */
    static String amount(Money money) {
        return money.toDecimal().abs().setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    /** The units of the document's currency one unit of the base currency buys (the inverse of the frozen rate), up to 6 decimals. */
    static java.util.Optional<String> kurs(BigDecimal basePerUnit) {
        if (basePerUnit.signum() <= 0) {
            return java.util.Optional.empty();
        }
        BigDecimal kurs = BigDecimal.ONE.divide(basePerUnit, 6, RoundingMode.HALF_UP).stripTrailingZeros();
        if (kurs.signum() == 0 || kurs.compareTo(BigDecimal.valueOf(10_000)) >= 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(kurs.setScale(Math.max(2, kurs.scale()), RoundingMode.UNNECESSARY).toPlainString().replace('.', ','));
    }
}
