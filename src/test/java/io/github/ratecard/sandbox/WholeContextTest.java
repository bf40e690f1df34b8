package io.github.ratecard.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import io.github.ratecard.store.Entities;
import io.github.ratecard.testing.ao.TestDatabase;
import java.time.Clock;
import javax.servlet.http.HttpServlet;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The whole plugin context, built as the sandbox builds it (every bean at start, as Jira does): a
 * bean that cannot be created with the sandbox's host, a REST resource or a servlet whose
 * constructor asks for something the context lacks, fails here.
 */
public class WholeContextTest {

    private static TestDatabase database;
    private static SandboxApp app;

    @BeforeClass
    public static void start() {
        database = TestDatabase.fresh().migrate(SandboxStore.ENTITIES).migrate(Entities.array());
        new DemoData(database, 42, 10).generate();
        app = new SandboxApp(new SandboxStore(database), database.activeObjects(), Clock.systemUTC());
    }

    @AfterClass
    public static void stop() {
        app.stop();
        database.close();
    }

    @Test
    public void everyBeanOfThePluginContext_shouldBeCreatedWithTheSandboxHost() {
        for (String id : app.beanIds()) {
            assertNotNull(id, app.bean(id));
        }
    }

    @Test
    public void everyRestResourceAndProvider_shouldBeBuiltFromTheBeans() {
        assertEquals(RestModule.classes().size(), app.restComponents().size());
    }

    @Test
    public void everyServletOfTheDescriptor_shouldBeBuiltFromTheBeans() {
        DescriptorServlets.read().keySet().forEach(name -> assertNotNull(name, app.build(servlet(name))));
    }

    private static Class<? extends HttpServlet> servlet(String name) {
        try {
            return Class.forName(name).asSubclass(HttpServlet.class);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
