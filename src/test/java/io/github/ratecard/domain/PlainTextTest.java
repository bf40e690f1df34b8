package io.github.ratecard.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

public class PlainTextTest {

    private static final String ALLOWED = "Tab\there\r\nline, ümlaut, 漢字, emoji \uD83D\uDE00, U+FFFD \uFFFD, DEL \u007F";

    @Test
    public void textWithTabsLineBreaksAndPairedSurrogates_shouldBeTakenAsItIs() {
        assertEquals(ALLOWED, PlainText.require(ALLOWED, "name"));
        assertEquals(ALLOWED, PlainText.clean(ALLOWED));
    }

    @Test
    public void refusal_shouldNameTheFieldTheCharacterAndItsPosition() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> PlainText.require("ab\u001Bc", "street"));

        assertEquals("street", refused.field());
        assertEquals("street contains a character that is not allowed in a text (U+001B at position 3)", refused.getMessage());
    }

    @Test
    public void loneSurrogates_shouldBeRefusedAndCleanedWithoutSwallowingTheirNeighbours() {
        assertThrows(InvalidInputException.class, () -> PlainText.require("a\uD800b", "text"));
        assertThrows(InvalidInputException.class, () -> PlainText.require("a\uDC00", "text"));

        assertEquals("a\uFFFDb", PlainText.clean("a\uD800b"));
        assertEquals("\uFFFD\uFFFDx", PlainText.clean("\uDC00\uD800x"));
        assertEquals("a\uFFFD", PlainText.clean("a\uD83D"));
    }

    @Test
    public void nonCharactersAndControlCharacters_shouldBeCleaned() {
        assertEquals("\uFFFD\uFFFD\uFFFD\uFFFD", PlainText.clean("\u0000\u000B\uFFFE\uFFFF"));
    }
}
