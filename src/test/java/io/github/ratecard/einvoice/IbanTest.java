package io.github.ratecard.einvoice;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.ratecard.domain.InvalidInputException;
import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/** IBANs and BICs as finance types them: accepted written compactly in capitals, refused naming the field. */
@RunWith(Parameterized.class)
public class IbanTest {

    @Parameterized.Parameters(name = "{0} {1}: {3}")
    public static Collection<Object[]> rows() {
        return Arrays.asList(new Object[][] {
                {"iban", "DE89 3704 0044 0532 0130 00", "DE89370400440532013000", "spaces and a German IBAN"},
                {"iban", "gb82west12345698765432", "GB82WEST12345698765432", "lower case, letters in the account"},
                {"iban", "NO9386011117947", "NO9386011117947", "the shortest, Norway's 15 characters"},
                {"iban", "DE89370400440532013001", null, "one digit mistyped: the check digits fail"},
                {"iban", "DE8937040044", null, "too short"},
                {"iban", "DE89370400440532013000123456789012345", null, "more than 34 characters"},
                {"iban", "8937040044053201300012", null, "no country code"},
                {"bic", "COBADEFFXXX", "COBADEFFXXX", "11 characters"},
                {"bic", "cobadeff", "COBADEFF", "8 characters, lower case"},
                {"bic", "COBADEF", null, "7 characters"},
                {"bic", "COBA1EFFXXX", null, "a digit in the bank code"},
        });
    }

    @Parameterized.Parameter(0)
    public String field;
    @Parameterized.Parameter(1)
    public String typed;
    @Parameterized.Parameter(2)
    public String kept;
    @Parameterized.Parameter(3)
    public String why;

    @Test
    public void typedValue_shouldBeKeptCompactOrRefusedNamingTheField() {
        if (kept == null) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, this::check);
            assertEquals(field, refused.field());
        } else {
            assertEquals(kept, check());
        }
    }

    private String check() {
        return field.equals("iban") ? Iban.require(typed, field) : Iban.requireBic(typed, field);
    }
}
