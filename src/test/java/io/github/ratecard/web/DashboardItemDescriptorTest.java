package io.github.ratecard.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The dashboard gadgets as Jira finds them: each {@code <dashboard-item>} names an AMD module that a
 * {@code define()} of the packaged scripts declares, in a web resource of Jira's dashboard context
 * ({@code atl.dashboard}) whose other modules or Jira provide every dependency; its words exist in
 * English and German; the scripts never parse markup and the resource needs no transformer.
 */
public class DashboardItemDescriptorTest {

    private static final String CONTEXT = "atl.dashboard";
    /** The AMD modules Jira's dashboard provides (jQuery, the web-resource manager's context path). */
    private static final Set<String> PROVIDED = Set.of("jquery", "wrm/context-path");
    private static final Pattern DEFINE = Pattern.compile("define\\(\\s*'([^']+)'\\s*,\\s*\\[([^\\]]*)\\]");
    /** The permission message a gadget names for its refusals. */
    private static final Pattern DENIED = Pattern.compile("'(denied\\.[a-z]+)'");
    private static final Pattern TEXT = Pattern.compile("\\bt\\('([A-Za-z0-9.-]+)'");

    private static Document descriptor;
    private static Properties english;
    private static Properties german;

    @BeforeClass
    public static void read() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        descriptor = factory.newDocumentBuilder().parse(Paths.get("atlassian-plugin.xml").toFile());
        english = properties("i18n/ratecard.properties");
        german = properties("i18n/ratecard_de.properties");
    }

    @Test
    public void theFourGadgets_shouldBeConfigurableDashboardItems() {
        List<String> keys = new ArrayList<>();
        for (Element item : elements(descriptor.getDocumentElement(), "dashboard-item")) {
            keys.add(item.getAttribute("key"));
            assertEquals(item.getAttribute("key"), "true", item.getAttribute("configurable"));
        }
        assertEquals(List.of("ratecard-gadget-budget-burn", "ratecard-gadget-unbilled", "ratecard-gadget-margin", "ratecard-gadget-utilisation"),
                keys);
    }

    @Test
    public void everyDashboardItemsAmdModule_shouldBeDefinedInAScriptOfTheDashboardContext() throws Exception {
        Map<String, List<String>> defined = dashboardModules();
        for (Element item : elements(descriptor.getDocumentElement(), "dashboard-item")) {
            String module = text(item, "amd-module");
            assertTrue(item.getAttribute("key") + " names " + module + ", which no script of context " + CONTEXT + " defines: " + defined.keySet(),
                    defined.containsKey(module));
        }
    }

    @Test
    public void everyDependencyOfTheGadgetModules_shouldBeJirasOrDefinedInTheSameContext() throws Exception {
        Map<String, List<String>> defined = dashboardModules();
        for (Map.Entry<String, List<String>> module : defined.entrySet()) {
            for (String dependency : module.getValue()) {
                assertTrue(module.getKey() + " needs " + dependency, PROVIDED.contains(dependency) || defined.containsKey(dependency));
            }
        }
    }

    @Test
    public void everyDashboardItemsWords_shouldExistInEnglishAndGerman() {
        for (Element item : elements(descriptor.getDocumentElement(), "dashboard-item")) {
            List<String> keys = List.of(item.getAttribute("i18n-name-key"), elements(item, "title").get(0).getAttribute("key"),
                    elements(item, "description").get(0).getAttribute("key"));
            for (String key : keys) {
                assertTrue(key + " in English", english.containsKey(key));
                assertTrue(key + " in German", german.containsKey(key));
                assertFalse(key + " is translated", english.getProperty(key).equals(german.getProperty(key)) && key.endsWith("description"));
            }
        }
    }

    @Test
    public void everyTextTheGadgetScriptsAskFor_shouldExistInEnglishAndGerman() throws Exception {
        Set<String> asked = new TreeSet<>();
        for (String script : dashboardScripts().values()) {
            Matcher text = TEXT.matcher(script);
            while (text.find()) {
                if (!text.group(1).endsWith(".")) {
                    asked.add(text.group(1));
                }
            }
            Matcher denied = DENIED.matcher(script);
            while (denied.find()) {
                asked.add(denied.group(1));
            }
        }
        String common = dashboardScripts().get("static/ratecard-gadgets.js");
        for (String period : listed(common, "PERIODS")) {
            asked.add("period." + period);
        }
        for (String state : listed(dashboardScripts().get("static/ratecard-gadgets-team.js"), "STATES")) {
            asked.add("state." + state);
        }
        for (String kind : List.of("unbilled", "margin")) {
            asked.add(kind + ".title");
        }
        assertTrue("the scripts ask for texts: " + asked, asked.size() > 40);
        List<String> missing = new ArrayList<>();
        for (String key : asked) {
            if (!english.containsKey("ratecard.gadget." + key) || !german.containsKey("ratecard.gadget." + key)) {
                missing.add(key);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    public void theGadgetsWebResource_shouldBeInTheDashboardContextOnlyAndNeedNoTransformer() {
        List<Element> resources = dashboardResources();
        assertEquals(1, resources.size());
        Element resource = resources.get(0);
        List<String> contexts = elements(resource, "context").stream().map(c -> c.getTextContent().trim()).toList();
        assertEquals(List.of(CONTEXT), contexts);
        assertTrue(elements(resource, "transformation").isEmpty());
        assertTrue(elements(resource, "resource").stream().allMatch(r -> r.getAttribute("location").matches("static/[a-z0-9-]+\\.(js|css|svg)")));
    }

    @Test
    public void gadgetScripts_shouldNeverTurnDataIntoMarkup() throws Exception {
        for (Map.Entry<String, String> script : dashboardScripts().entrySet()) {
            for (String sink : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", ".html(", ".append(", "document.write", "eval(", "new Function")) {
                assertFalse(script.getKey() + " uses " + sink, script.getValue().contains(sink));
            }
        }
    }

    @Test
    public void gadgetsPreferences_shouldHoldKeysAndIdsOnly() throws Exception {
        Pattern saved = Pattern.compile("savePreferences\\(\\{([^}]*)\\}");
        Set<String> names = new TreeSet<>();
        for (String script : dashboardScripts().values()) {
            Matcher save = saved.matcher(script);
            while (save.find()) {
                for (String pair : save.group(1).split(",")) {
                    names.add(pair.split(":")[0].trim());
                }
            }
            Matcher extra = Pattern.compile("return \\{ (\\w+): accountKeys").matcher(script);
            while (extra.find()) {
                names.add(extra.group(1));
            }
        }
        assertEquals(Set.of("project", "budget", "period", "accounts", "group"), names);
    }

    /** The web resources of Jira's dashboard context. */
    private static List<Element> dashboardResources() {
        return elements(descriptor.getDocumentElement(), "web-resource").stream()
                .filter(r -> elements(r, "context").stream().anyMatch(c -> c.getTextContent().trim().equals(CONTEXT))).toList();
    }

    /** The scripts of the dashboard context's web resources, by location, read from the folder the jar packages. */
    private static Map<String, String> dashboardScripts() throws IOException {
        Map<String, String> scripts = new LinkedHashMap<>();
        for (Element resource : dashboardResources()) {
            for (Element file : elements(resource, "resource")) {
                String location = file.getAttribute("location");
                if (location.endsWith(".js")) {
                    scripts.put(location, Files.readString(Path.of("src/main/resources", location), StandardCharsets.UTF_8));
                }
            }
        }
        return scripts;
    }

    /** Each AMD module the dashboard's scripts define, with its dependencies. */
    private static Map<String, List<String>> dashboardModules() throws IOException {
        Map<String, List<String>> modules = new LinkedHashMap<>();
        for (String script : dashboardScripts().values()) {
            Matcher define = DEFINE.matcher(script);
            while (define.find()) {
                List<String> dependencies = new ArrayList<>();
                for (String dependency : define.group(2).split(",")) {
                    if (!dependency.isBlank()) {
                        dependencies.add(dependency.trim().replace("'", ""));
                    }
                }
                modules.put(define.group(1), dependencies);
            }
        }
        return modules;
    }

    /** The quoted strings of a script's {@code var NAME = ['a', 'b'];}. */
    private static List<String> listed(String script, String name) {
        Matcher list = Pattern.compile("var " + name + " = \\[([^\\]]*)\\]").matcher(script);
        assertTrue(name + " is listed", list.find());
        List<String> values = new ArrayList<>();
        Matcher value = Pattern.compile("'([^']+)'").matcher(list.group(1));
        while (value.find()) {
            values.add(value.group(1));
        }
        return values;
    }

    private static List<Element> elements(Element parent, String tag) {
        NodeList found = parent.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            elements.add((Element) found.item(i));
        }
        return elements;
    }

    private static String text(Element parent, String tag) {
        return elements(parent, tag).get(0).getTextContent().trim();
    }

    private static Properties properties(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            properties.load(in);
        }
        return properties;
    }
}
