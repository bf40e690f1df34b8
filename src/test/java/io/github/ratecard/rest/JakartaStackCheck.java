package io.github.ratecard.rest;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.github.ratecard.sandbox.SandboxPlatform;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.util.Jetty;
import org.glassfish.jersey.internal.Version;
import org.junit.Test;

/**
 * Proves that the failsafe execution jakarta-rest runs the REST tests on Jira 11's stack: the Jira 11 jar's classes, with
 * Jakarta annotations, on Jersey 3.1 and Jetty 12, and no javax API to fall back on. Its name matches no test pattern: only
 * that execution runs it (on the javax suite every check here fails).
 */
public class JakartaStackCheck {

    @Test
    public void appClasses_shouldComeFromTheJira11Jar() {
        String location = LedgerResource.class.getProtectionDomain().getCodeSource().getLocation().getPath();

        assertTrue(location, location.endsWith("-jira11.jar"));
    }

    @Test
    public void everyResource_shouldCarryJakartaRestAndInjectAnnotations() throws Exception {
        Class<? extends Annotation> path = annotation("jakarta.ws.rs.Path");
        Class<? extends Annotation> inject = annotation("jakarta.inject.Inject");
        List<String> resources = new ArrayList<>();
        for (Class<?> type : RestClasses.all()) {
            if (type.getSimpleName().endsWith("Resource")) {
                assertNotNull(type + " has no jakarta.ws.rs.Path", type.getAnnotation(path));
                Constructor<?> constructor = type.getConstructors()[0];
                assertTrue(type + " is built through a constructor without jakarta.inject.Inject", type.getConstructors().length == 1
                        && (constructor.getParameterCount() == 0 || constructor.isAnnotationPresent(inject)));
                resources.add(type.getSimpleName());
            }
        }
        assertTrue(resources.toString(), resources.size() > 10);
    }

    @Test
    public void javaxApis_shouldNotBeLoadable() {
        for (String name : new String[] {javax("ws.rs.Path"), javax("servlet.Servlet"), javax("inject.Inject")}) {
            try {
                Class.forName(name);
                fail(name + " is on the class path");
            } catch (ClassNotFoundException expected) {
                // the Jakarta run has no javax API
            }
        }
    }

    @Test
    public void container_shouldBeJersey31OnJetty12WithServlet6() throws Exception {
        assertTrue(Version.getVersion(), Version.getVersion().startsWith("3.1."));
        assertTrue(Jetty.VERSION, Jetty.VERSION.startsWith("12."));
        Class.forName("jakarta.servlet.ServletConnection"); // new in Servlet 6.0
    }

    @Test
    public void sandbox_shouldSayItRunsTheJira11Flavour() {
        assertTrue(SandboxPlatform.describe(), SandboxPlatform.describe().startsWith("Jira 11 flavour (Jakarta), Jersey 3.1."));
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Annotation> annotation(String name) throws ClassNotFoundException {
        return (Class<? extends Annotation>) Class.forName(name);
    }

    /** Joined at run time: the Transformer rewrites a string constant that names a javax package into its jakarta name. */
    private static String javax(String rest) {
        return String.join(".", "javax", rest);
    }
}
