package io.github.ratecard.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.logging.log4j.LogManager;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The built jar installed and started in a real OSGi framework (Apache Felix) that offers what Jira
 * 10.3 offers a plugin: the host packages of {@code osgi/jira-10.3-host-packages.txt} from the system
 * bundle and log4j-api from a bundle of its own (DESIGN.md §1). Spring and Jira's plugin system are
 * not here; what is checked is that the bundle's class space is whole and its own.
 */
public class OsgiStartIT {

    private static final String LOG4J_API = "org.apache.logging.log4j.api";

    private static final Platform PLATFORM = Platform.current();

    private static PluginJar jar;
    private static HostPackages host;
    private static final List<Bundle> jakartaBundles = new ArrayList<>();
    private static OsgiHost osgi;
    private static Bundle ratecard;

    @BeforeClass
    public static void startRatecardInFelix() throws Exception {
        jar = PluginJar.built();
        host = PLATFORM.hostPackages();
        osgi = OsgiHost.start(jar.path().toAbsolutePath().getParent().resolve("osgi-felix-" + PLATFORM.name().toLowerCase(java.util.Locale.ROOT)), host);
        osgi.install(Paths.get(LogManager.class.getProtectionDomain().getCodeSource().getLocation().toURI())).start();
        for (Path jakartaApi : PLATFORM.jakartaApiJars()) {
            jakartaBundles.add(osgi.install(jakartaApi));
        }
        ratecard = osgi.install(jar.path());
        ratecard.start();
    }

    @AfterClass
    public static void stopFelix() throws Exception {
        if (osgi != null) {
            osgi.close();
        }
    }

    @Test
    public void host_shouldOfferNoPackageTheJarCarries() {
        Set<String> offered = new TreeSet<>(host.versions().keySet());
        offered.retainAll(jar.classPackages());
        assertEquals(Set.of(), offered);
    }

    @Test
    public void host_shouldHideWhatItDoesNotExport() {
        // else a class could load from the test's class path where Jira would have none to give
        for (String hidden : List.of(Test.class.getName(), "org.h2.Driver", "org.apache.velocity.VelocityContext")) {
            try {
                ratecard.loadClass(hidden);
                throw new AssertionError(hidden + " reached the bundle");
            } catch (ClassNotFoundException expected) {
                // as in Jira
            }
        }
    }

    @Test
    public void ratecard_shouldResolveAndStart() {
        assertEquals(Bundle.ACTIVE, ratecard.getState());
    }

    @Test
    public void ratecard_shouldTakeNoPackageItCarriesFromElsewhere() {
        assertEquals("wired to another bundle although the jar carries them", Set.of(),
                BundleImports.ofCarriedPackages(ratecard, jar.classPackages()));
    }

    @Test
    public void ratecard_shouldUseItsOwnLog4jApiNotTheHosts() {
        Set<String> log4j = new TreeSet<>(BundleImports.wired(ratecard));
        log4j.removeIf(wire -> !wire.startsWith("org.apache.logging.log4j"));
        assertEquals(Set.of(), log4j);
    }

    @Test
    public void ratecard_shouldTakeTheHostPackagesFromTheHost() {
        String systemBundle = osgi.systemBundle().getSymbolicName();
        for (String pkg : List.of("net.java.ao", "org.slf4j", "com.atlassian.sal.api.user", "com.fasterxml.jackson.databind")) {
            assertEquals(pkg, systemBundle, BundleImports.providerOf(ratecard, pkg));
        }
    }

    /** Jira 10.3's system bundle gives the javax APIs; Jira 11's Jakarta APIs come from bundles of their own. */
    @Test
    public void ratecard_shouldTakeTheServletRestAndInjectApisOfItsPlatform() {
        boolean jakarta = PLATFORM == Platform.JIRA_11;
        Set<String> providers = new TreeSet<>();
        jakartaBundles.forEach(bundle -> providers.add(bundle.getSymbolicName()));
        if (!jakarta) {
            providers.add(osgi.systemBundle().getSymbolicName());
        }
        for (String api : List.of("servlet.http", "ws.rs", "ws.rs.core", "inject")) {
            String pkg = (jakarta ? "jakarta." : "javax.") + api;
            assertTrue(pkg + " from " + BundleImports.providerOf(ratecard, pkg), providers.contains(BundleImports.providerOf(ratecard, pkg)));
            assertEquals(null, BundleImports.providerOf(ratecard, (jakarta ? "javax." : "jakarta.") + api));
        }
    }

    @Test
    public void descriptor_shouldNameThePlatformOfThisJar() throws IOException {
        assertTrue(jar.text("atlassian-plugin.xml").contains("<param name=\"ratecard-platform\">" + PLATFORM.descriptorName() + "</param>"));
    }

    @Test
    public void everyClassTheDescriptorAndTheSpringContextName_shouldLoadThroughTheBundle() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String className : namedClasses()) {
            String pkg = className.substring(0, className.lastIndexOf('.'));
            if (!onTestClassPath(className) && host.versions().containsKey(pkg)) {
                // a Jira class this build has no declaration of: the wire is all there is to check
                if (BundleImports.providerOf(ratecard, pkg) == null) {
                    problems.add(className + ": package not imported");
                }
                continue;
            }
            try {
                Class<?> type = ratecard.loadClass(className);
                type.getDeclaredConstructors();
                type.getDeclaredMethods();
                type.getDeclaredFields();
            } catch (ClassNotFoundException | LinkageError e) {
                problems.add(className + ": " + e);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    public void xlsxExport_shouldWriteAWorkbookInsideTheFramework() throws Exception {
        Path xlsx = jar.path().toAbsolutePath().getParent().resolve("osgi-export.xlsx");
        Files.write(xlsx, (byte[]) probe().apply("xlsx"));
        Set<String> entries = new TreeSet<>();
        // POI's streamed zip is read from its central directory (ZipInputStream stumbles on its data descriptors)
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            zip.stream().map(ZipEntry::getName).forEach(entries::add);
        }
        assertTrue(entries.toString(), entries.contains("xl/workbook.xml") && entries.contains("xl/worksheets/sheet2.xml"));
    }

    @Test
    public void csvExport_shouldWriteTheHeaderAndTheWorklogInsideTheFramework() throws Exception {
        String[] csv = new String((byte[]) probe().apply("csv"), StandardCharsets.UTF_8).split("\r\n");
        assertEquals("Invoice,Date,Issue,Summary,Author,Level,Worked hours,Billed hours,Rate,Amount,Currency,Line", csv[0]);
        assertTrue(csv[1], csv[1].startsWith("ACME-2026-0001,2026-10-05,ACME-1,Onboarding,Ana Okafor"));
    }

    @Test
    public void icsFile_shouldBeReadAsHolidaysInsideTheFramework() throws Exception {
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Ratecard//OSGi//EN\r\nBEGIN:VEVENT\r\nUID:1@example.org\r\n"
                + "DTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20261003\r\nSUMMARY:Tag der Deutschen Einheit\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        Object holidays = InsideBundle.function(ratecard.adapt(BundleWiring.class).getClassLoader(), HolidayProbe.class).apply(ics);

        assertEquals("DE 2026-10-03 Tag der Deutschen Einheit", holidays);
    }

    @Test
    public void poiLogging_shouldReachTheHostsSlf4jThroughTheEmbeddedLog4jApi() throws Exception {
        Class<?> logManager = ratecard.loadClass(LogManager.class.getName());
        assertSame(ratecard.adapt(BundleWiring.class).getClassLoader(), logManager.getClassLoader());
        assertEquals("not POI's silent fallback", "org.apache.logging.slf4j.SLF4JLogger", probe().apply("log"));
    }

    @Test
    public void ublInvoice_shouldPassEn16931AndPeppolInsideTheFramework() throws Exception {
        Object results = InsideBundle.function(ratecard.adapt(BundleWiring.class).getClassLoader(), EInvoiceProbe.class).apply("EN16931,PEPPOL_BIS3");

        assertEquals("EN16931: []\nPEPPOL_BIS3: []", results);
    }

    /**
     * Every registration an embedded library makes in META-INF/services is one the bundle's class path sees: several libraries
     * (ph-commons, phive, POI) register in files of the same name, and the bundle holds one file per name.
     */
    @Test
    public void serviceFiles_shouldKeepTheRegistrationsOfEveryEmbeddedLibrary() throws Exception {
        List<String> lost = new ArrayList<>();
        for (String entry : jar.entries()) {
            if (!entry.startsWith("META-INF/services/") || entry.endsWith("/")) {
                continue;
            }
            Set<String> seen = providers(ratecard.getResource(entry));
            java.util.Enumeration<java.net.URL> libraries = OsgiStartIT.class.getClassLoader().getResources(entry);
            while (libraries.hasMoreElements()) {
                for (String provider : providers(libraries.nextElement())) {
                    if (jar.containsClass(provider) && !seen.contains(provider)) {
                        lost.add(entry + ": " + provider);
                    }
                }
            }
        }
        assertEquals(List.of(), lost);
        assertTrue(providers(ratecard.getResource("META-INF/services/com.helger.typeconvert.ITypeConverterRegistrarSPI"))
                .containsAll(List.of("com.helger.typeconvert.spi.BaseTypeConverterRegistrar", "com.helger.io.typeconvert.IOTypeConverterRegistrar")));
    }

    private static Set<String> providers(java.net.URL file) throws IOException {
        Set<String> providers = new TreeSet<>();
        try (java.io.InputStream in = file.openStream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String provider = line.replaceAll("#.*", "").strip();
                if (!provider.isEmpty()) {
                    providers.add(provider);
                }
            }
        }
        return providers;
    }

    @Test
    public void carriedPackageCheck_shouldCatchABundleThatImportsAPackageItCarries() throws Exception {
        Path carrier = Files.createDirectories(jar.path().toAbsolutePath().getParent().resolve("osgi-fixtures")).resolve("carrier.jar");
        writeBundle(carrier, "carrier.of.log4j.status", "org.apache.logging.log4j.status", "org/apache/logging/log4j/status/StatusData.class");
        Bundle bundle = osgi.install(carrier);
        try {
            bundle.start();
            assertEquals(Set.of("org.apache.logging.log4j.status <- " + LOG4J_API),
                    BundleImports.ofCarriedPackages(bundle, PluginJar.at(carrier).classPackages()));
        } finally {
            bundle.uninstall();
        }
    }

    private static Function<String, Object> probe() throws ReflectiveOperationException {
        return InsideBundle.function(ratecard.adapt(BundleWiring.class).getClassLoader(), ExportProbe.class);
    }

    /** The classes atlassian-plugin.xml and META-INF/spring/*.xml name: modules, entities, upgrade tasks, beans and imported services. */
    private static Set<String> namedClasses() throws IOException {
        String descriptor = jar.text("atlassian-plugin.xml");
        Set<String> classes = new TreeSet<>(matchAll("\\sclass=\"([^\"]+)\"", descriptor));
        classes.addAll(matchAll("<(?:entity|upgradeTask)>\\s*([^<\\s]+)\\s*</(?:entity|upgradeTask)>", descriptor));
        for (String entry : jar.entries()) {
            if (entry.startsWith("META-INF/spring/") && entry.endsWith(".xml")) {
                String context = jar.text(entry);
                classes.addAll(matchAll("<bean\\s[^>]*class=\"([^\"]+)\"", context));
                classes.addAll(matchAll("<osgi:reference\\s[^>]*interface=\"([^\"]+)\"", context));
            }
        }
        assertFalse(classes.isEmpty());
        assertTrue("no Spring context read", classes.contains("com.atlassian.activeobjects.external.ActiveObjects"));
        return classes;
    }

    private static boolean onTestClassPath(String className) {
        return OsgiStartIT.class.getClassLoader().getResource(className.replace('.', '/') + ".class") != null;
    }

    private static List<String> matchAll(String regex, String text) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static void writeBundle(Path path, String name, String imports, String classEntry) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", name);
        main.putValue("Import-Package", imports);
        try (OutputStream file = Files.newOutputStream(path); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new ZipEntry(classEntry));
            out.write(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE});
            out.closeEntry();
        }
    }
}
