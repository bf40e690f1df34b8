package io.github.ratecard.contract;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.ratecard.domain.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import org.junit.Test;

public class ContractThresholdsTest {

    @Test
    public void thresholds_shouldBeKeptInAscendingOrder() {
        assertEquals(List.of(80, 100), new ContractThresholds("ACME", List.of(100, 80), List.of(), "fiona").retainer());
    }

    @Test
    public void noThresholds_shouldBeEmptyLists() {
        ContractThresholds none = new ContractThresholds("ACME", null, null, "fiona");

        assertEquals(List.of(), none.retainer());
        assertEquals(List.of(), none.cap());
    }

    @Test
    public void zero_shouldBeRefusedNamingTheField() {
        assertEquals("retainer", refused(List.of(0), List.of()).field());
    }

    @Test
    public void aboveOneHundred_shouldBeRefusedNamingTheField() {
        assertEquals("cap", refused(List.of(), List.of(101)).field());
    }

    @Test
    public void moreThanFour_shouldBeRefused() {
        assertEquals("cap", refused(List.of(), List.of(10, 20, 30, 40, 50)).field());
    }

    @Test
    public void aThresholdGivenTwice_shouldBeRefused() {
        assertEquals("retainer", refused(List.of(80, 80), List.of()).field());
    }

    @Test
    public void aMissingValue_shouldBeRefused() {
        assertEquals("retainer", refused(Arrays.asList(80, null), List.of()).field());
    }

    private static InvalidInputException refused(List<Integer> retainer, List<Integer> cap) {
        return assertThrows(InvalidInputException.class, () -> new ContractThresholds("ACME", retainer, cap, "fiona"));
    }
}
