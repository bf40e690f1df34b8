package io.github.ratecard.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.BeforeClass;
import org.junit.Test;

/** The built jar is an OSGi bundle Jira 10.3 can install (DESIGN.md §1). */
public class PluginJarIT {

    private static PluginJar jar;
    private static String descriptor;

    @BeforeClass
    public static void readJar() throws Exception {
        jar = PluginJar.built();
        descriptor = jar.text("atlassian-plugin.xml");
    }

    @Test
    public void descriptor_shouldSitAtTheJarRootWithTheBuildsVersionFilledIn() {
        assertTrue(jar.contains("atlassian-plugin.xml"));
        assertFalse("unfilled placeholder in descriptor", descriptor.contains("${"));
        assertEquals(System.getProperty("ratecard.version"), matchOne("<version>([^<]+)</version>", descriptor));
    }

    @Test
    public void manifest_shouldNameTheBundleAndThePluginKeyOfTheDescriptor() {
        String key = matchOne("<atlassian-plugin key=\"([^\"]+)\"", descriptor);
        assertEquals(key, jar.header("Atlassian-Plugin-Key"));
        assertEquals(key, jar.header("Bundle-SymbolicName"));
        assertNotNull(jar.header("Bundle-Version"));
        assertEquals("2", jar.header("Bundle-ManifestVersion"));
    }

    @Test
    public void manifest_shouldLoadTheSpringContextAndExportNothing() {
        assertEquals("*", jar.header("Spring-Context"));
        assertTrue("exports internals: " + jar.header("Export-Package"),
                jar.header("Export-Package") == null || jar.header("Export-Package").isBlank());
        assertTrue(jar.contains("META-INF/spring/plugin-context.xml"));
    }

    @Test
    public void jar_shouldEmbedTheExportLibrariesWithoutTheirManifests() {
        assertTrue(jar.contains("org/apache/poi/xssf/streaming/SXSSFWorkbook.class"));
        assertTrue(jar.contains("org/apache/commons/csv/CSVPrinter.class"));
        assertEquals("an embedded library must not start anything", null, jar.header("Bundle-Activator"));
    }

    @Test
    public void jar_shouldCarryNoHostApiClass() {
        List<String> hostClasses = jar.entries().stream()
                .filter(e -> e.startsWith("com/atlassian/") && e.endsWith(".class"))
                .collect(Collectors.toList());
        assertEquals(List.of(), hostClasses);
    }

    @Test
    public void manifest_shouldImportEveryHostPackageTheClassesUse() {
        Set<String> referenced = jar.referencedExternalPackages();
        assertTrue("jdeps found nothing: " + referenced, referenced.contains("com.atlassian.sal.api.user")
                && referenced.contains("net.java.ao") && referenced.contains(Platform.current() == Platform.JIRA_11 ? "jakarta.ws.rs" : "javax.ws.rs"));
        Set<String> missing = new TreeSet<>();
        for (String pkg : referenced) {
            if (!pkg.startsWith("java.") && !jar.importedPackages().contains(pkg) && !isEmbedded(pkg)) {
                missing.add(pkg);
            }
        }
        assertEquals("referenced but neither imported nor embedded", Set.of(), missing);
        assertTrue(jar.importedPackages().contains("com.atlassian.sal.api.user"));
    }

    @Test
    public void manifest_shouldImportNoPackageTheJarCarries() {
        Set<String> importedAndCarried = new TreeSet<>(jar.importedPackages());
        importedAndCarried.retainAll(jar.classPackages());
        assertEquals("imported although the jar carries their classes (a host's copy would be wired instead)", Set.of(), importedAndCarried);
    }

    @Test
    public void manifest_shouldNotImportJavaPackages() {
        assertTrue(jar.importedPackages().stream().noneMatch(p -> p.startsWith("java.")));
    }

    @Test
    public void jar_shouldCarryEveryLocaleFile() {
        assertTrue(jar.contains("i18n/ratecard.properties"));
        assertTrue(jar.contains("i18n/ratecard_de.properties"));
        String location = matchOne("<resource type=\"i18n\" name=\"i18n\" location=\"([^\"]+)\"", descriptor);
        assertTrue(jar.contains(location.replace('.', '/') + ".properties") || jar.contains(location + ".properties"));
    }

    @Test
    public void everyClassTheDescriptorNames_shouldBeInTheJar() {
        List<String> classes = matchAll("class=\"([^\"]+)\"", descriptor);
        classes.addAll(matchAll("<(?:entity|upgradeTask)>\\s*([^<\\s]+)\\s*</(?:entity|upgradeTask)>", descriptor));
        assertFalse(classes.isEmpty());
        for (String className : classes) {
            if (className.startsWith("com.atlassian.")) {
                String pkg = className.substring(0, className.lastIndexOf('.'));
                assertTrue(className + " is Jira's, so its package must be imported", jar.importedPackages().contains(pkg));
            } else {
                assertTrue(className + " named by the descriptor is missing", jar.containsClass(className));
            }
        }
    }

    @Test
    public void everyResourceTheDescriptorNames_shouldBeInTheJar() {
        for (String location : matchAll("<resource type=\"(?:download|velocity)\"[^>]*location=\"([^\"]+)\"", descriptor)) {
            // templates/plugins/fields/ holds Jira's own field templates (the searcher's)
            assertTrue(location + " named by the descriptor is missing", jar.contains(location) || location.startsWith("templates/plugins/fields/"));
        }
        for (String location : matchAll("<param name=\"plugin-(?:icon|logo)\">([^<]+)</param>", descriptor)) {
            assertTrue(location + " named by the descriptor is missing", jar.contains(location));
        }
    }

    @Test
    public void everyBeanClassInTheSpringContext_shouldBeInTheJarOrTheJdk() throws Exception {
        String context = jar.text("META-INF/spring/plugin-context.xml");
        List<String> classes = matchAll("<bean [^>]*class=\"([^\"]+)\"", context);
        assertFalse(classes.isEmpty());
        for (String className : classes) {
            boolean found = jar.containsClass(className) || (className.startsWith("java.") && Class.forName(className) != null);
            assertTrue(className + " named by the Spring context is missing", found);
        }
    }

    @Test
    public void everyHostServiceTheSpringContextImports_shouldBeAnImportedPackage() throws Exception {
        String context = jar.text("META-INF/spring/plugin-context.xml");
        for (String type : matchAll("<osgi:reference [^>]*interface=\"([^\"]+)\"", context)) {
            String pkg = type.substring(0, type.lastIndexOf('.'));
            assertTrue(pkg + " is not imported", jar.importedPackages().contains(pkg));
        }
    }

    private static boolean isEmbedded(String pkg) {
        return jar.entries().stream().anyMatch(e -> e.startsWith(pkg.replace('.', '/') + "/") && e.endsWith(".class"));
    }

    private static String matchOne(String regex, String text) {
        List<String> all = matchAll(regex, text);
        assertEquals("matches of " + regex, 1, all.size());
        return all.get(0);
    }

    private static List<String> matchAll(String regex, String text) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
