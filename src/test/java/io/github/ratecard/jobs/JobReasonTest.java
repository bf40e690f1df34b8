package io.github.ratecard.jobs;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class JobReasonTest {

    @Test
    public void reasonNamingAnAccount_shouldKeepTheAccountAsItsArgument() {
        assertEquals(Optional.of(new JobReason("ratecard.jobs.reason.accountChanged", List.of("ACME"))), JobReason.of("account ACME changed"));
    }

    @Test
    public void defaultAccountReason_shouldNotBeReadAsAnAccountChange() {
        assertEquals("ratecard.jobs.reason.defaultAccountChanged", JobReason.of("default account of GLX changed").orElseThrow().key());
    }

    @Test
    public void reasonWithoutArguments_shouldHaveNone() {
        assertEquals(Optional.of(new JobReason("ratecard.jobs.reason.rateAdded", List.of())), JobReason.of("rate added"));
    }

    @Test
    public void unknownReason_shouldHaveNoWords() {
        assertEquals(Optional.empty(), JobReason.of("something else"));
    }
}
