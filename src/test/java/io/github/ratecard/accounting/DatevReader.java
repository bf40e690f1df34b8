package io.github.ratecard.accounting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a DATEV booking batch back the way an importer would and fails on any broken rule: Windows-1252 bytes, every
 * line ending in CR LF, the header's 31 fields with their formats, the 125 column headings, and in each booking 125
 * fields whose columns 1 to 14 match the format's patterns (developer.datev.de, Buchungsstapel).
 */
public final class DatevReader {

    private static final Pattern[] HEADER = {
            Pattern.compile("\"EXTF\""), Pattern.compile("700"), Pattern.compile("21"), Pattern.compile("\"Buchungsstapel\""), Pattern.compile("13"),
            Pattern.compile("\\d{17}"), Pattern.compile(""), Pattern.compile("\"[A-Z]{2}\""), Pattern.compile("\"[^\"]{0,25}\""),
            Pattern.compile("\"[^\"]{0,25}\""), Pattern.compile("(100[1-9]|10[1-9]\\d|1[1-9]\\d{2}|[2-9]\\d{3}|[1-9]\\d{4,6})"),
            Pattern.compile("([1-9]\\d{0,4})"), Pattern.compile("20\\d{2}(0[1-9]|1[0-2])01"), Pattern.compile("[4-8]"),
            Pattern.compile("20\\d{6}"), Pattern.compile("20\\d{6}"), Pattern.compile("\"[^\"]{0,30}\""), Pattern.compile("\"([A-Z]{2})?\""),
            Pattern.compile("[12]"), Pattern.compile("0|30|40|50|64"), Pattern.compile("[01]"), Pattern.compile("\"[A-Z]{3}\""), Pattern.compile(""),
            Pattern.compile("\"\""), Pattern.compile(""), Pattern.compile(""), Pattern.compile("\"0[34]\""), Pattern.compile(""), Pattern.compile(""),
            Pattern.compile("\"\""), Pattern.compile("\"\"")};
    private static final Pattern[] BOOKING = {
            Pattern.compile("\\d{1,10},\\d{2}"), Pattern.compile("\"[SH]\""), Pattern.compile("\"[A-Z]{3}\""), Pattern.compile("(\\d{1,4},\\d{2,6})?"),
            Pattern.compile("(\\d{1,10},\\d{2})?"), Pattern.compile("(\"[A-Z]{3}\")?"), Pattern.compile("\\d{1,9}"), Pattern.compile("\\d{1,9}"),
            Pattern.compile("\"(\\d{1,4})?\""), Pattern.compile("(0[1-9]|[12]\\d|3[01])(0[1-9]|1[0-2])"),
            Pattern.compile("\"[A-Za-z0-9$&%*+\\-/]{0,36}\""), Pattern.compile(""), Pattern.compile(""), Pattern.compile("\"([^\"]|\"\"){0,60}\"")};

    public record Booking(List<String> fields) {

        public String field(int column) {
            return fields.get(column - 1);
        }

        /** A text field without its quotes, inner quotes single again. */
        public String text(int column) {
            String quoted = field(column);
            return quoted.substring(1, quoted.length() - 1).replace("\"\"", "\"");
        }
    }

    public record Batch(List<String> header, List<Booking> bookings) {
    }

    private DatevReader() {
    }

    public static Batch read(byte[] bytes) {
        String text = decode(bytes);
        assertTrue("the file ends with CR LF", text.endsWith("\r\n"));
        String[] lines = text.substring(0, text.length() - 2).split("\r\n", -1);
        for (String line : lines) {
            assertTrue("no bare line break: " + line, line.indexOf('\n') < 0 && line.indexOf('\r') < 0);
        }
        List<String> header = fields(lines[0]);
        assertEquals("header fields", HEADER.length, header.size());
        for (int i = 0; i < HEADER.length; i++) {
            assertTrue("header field " + (i + 1) + ": " + header.get(i), HEADER[i].matcher(header.get(i)).matches());
        }
        assertEquals(String.join(";", DatevFile.COLUMNS), lines[1]);
        assertEquals(125, DatevFile.COLUMNS.size());
        List<Booking> bookings = new ArrayList<>();
        for (int l = 2; l < lines.length; l++) {
            List<String> fields = fields(lines[l]);
            assertEquals("fields of line " + (l + 1), 125, fields.size());
            for (int i = 0; i < BOOKING.length; i++) {
                assertTrue("line " + (l + 1) + " column " + (i + 1) + ": " + fields.get(i), BOOKING[i].matcher(fields.get(i)).matches());
            }
            for (int i = BOOKING.length; i < fields.size(); i++) {
                assertEquals("line " + (l + 1) + " column " + (i + 1), "", fields.get(i));
            }
            bookings.add(new Booking(fields));
        }
        return new Batch(header, bookings);
    }

    private static String decode(byte[] bytes) {
        try {
            return DatevFile.ENCODING.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("not Windows-1252", e);
        }
    }

    /** Splits a line at the semicolons outside quotes, keeping each field as written (quotes included). */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        assertTrue("quotes closed: " + line, !quoted);
        fields.add(field.toString());
        return fields;
    }
}
