package io.github.ratecard.testing.wiring;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.store.AoTransactions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.Test;

public class AppWiringTest {

    @Test
    public void aBeanWhoseHostServiceIsUnbound_shouldFailNamingTheReference() {
        Exception failure = assertThrows(RuntimeException.class, () -> AppWiring.fromPluginContext().start());
        assertTrue(rootMessage(failure), rootMessage(failure).startsWith("The host binds no service to osgi:reference "));
    }

    @Test
    public void aHostServiceOfAnotherType_shouldBeRefused() {
        App app = AppWiring.fromPluginContext().lazily().hostService("activeObjects", "not a database").start();
        Exception failure = assertThrows(RuntimeException.class, () -> app.bean(AoTransactions.class));
        assertTrue(rootMessage(failure), rootMessage(failure).endsWith("which is no com.atlassian.activeobjects.external.ActiveObjects"));
    }

    @Test
    public void aStandInForABeanTheContextLacks_shouldBeRefused() {
        Exception failure = assertThrows(IllegalArgumentException.class,
                () -> AppWiring.fromPluginContext().lazily().standIn("noSuchBean", new Object()).start());
        assertEquals(AppWiring.CONTEXT + " has no bean noSuchBean to replace", failure.getMessage());
    }

    @Test
    public void aStandIn_shouldTakeTheBeansPlace() {
        Clock fixed = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
        App app = AppWiring.fromPluginContext().lazily().standIn("clock", fixed).start();
        assertEquals(fixed, app.bean("clock", Clock.class));
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
