package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import java.util.List;
import org.junit.Test;

/** A draft's project keys fit the column that keeps them, joined with commas. */
public class ProjectKeysTest {

    @Test
    public void keysOfTheColumnsLengthTogether_shouldBeTaken() {
        List<String> keys = List.of("A".repeat(127), "B".repeat(127));

        assertEquals(keys, InvoiceInputs.keys(keys, "projectKeys"));
    }

    @Test
    public void keysLongerTogetherThanTheColumn_shouldBeRefusedNamingTheField() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> InvoiceInputs.keys(List.of("A".repeat(127), "B".repeat(128)), "projectKeys"));

        assertEquals("projectKeys", refused.field());
        assertEquals("projectKeys may have at most " + InputLimits.PROJECT_KEYS_TEXT + " characters together, joined with commas", refused.getMessage());
    }
}
