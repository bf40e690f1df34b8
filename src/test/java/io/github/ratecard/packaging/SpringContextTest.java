package io.github.ratecard.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The Spring context that wires the app in Jira, checked without Jira: every bean of the app has
 * a public constructor taking exactly the arguments the context gives it, and every reference
 * names a bean or a host service the context declares.
 */
public class SpringContextTest {

    private final Document context = read();

    @Test
    public void everyAppBean_shouldHaveAConstructorForItsArguments() throws Exception {
        List<Element> beans = elements("bean");
        assertFalse(beans.isEmpty());
        for (Element bean : beans) {
            String className = bean.getAttribute("class");
            if (!className.startsWith("io.github.ratecard.")) {
                continue;
            }
            int arguments = childArguments(bean).size();
            Class<?> type = Class.forName(className);
            boolean found = Arrays.stream(type.getConstructors())
                    .anyMatch(c -> Modifier.isPublic(c.getModifiers()) && c.getParameterCount() == arguments);
            assertTrue(className + " has no public constructor with " + arguments + " arguments", found);
            for (String method : List.of("init-method", "destroy-method")) {
                if (bean.hasAttribute(method)) {
                    type.getMethod(bean.getAttribute(method));
                }
            }
        }
    }

    @Test
    public void everyReference_shouldNameADeclaredBeanOrHostService() {
        Set<String> ids = new HashSet<>();
        elements("bean").forEach(bean -> ids.add(bean.getAttribute("id")));
        elements("osgi:reference").forEach(reference -> ids.add(reference.getAttribute("id")));
        List<String> references = new ArrayList<>();
        elements("constructor-arg").forEach(argument -> references.add(argument.getAttribute("ref")));
        elements("ref").forEach(ref -> references.add(ref.getAttribute("bean")));
        references.removeIf(String::isEmpty);
        assertFalse(references.isEmpty());
        for (String reference : references) {
            assertTrue("The Spring context refers to an undeclared " + reference, ids.contains(reference));
        }
    }

    /** The back-fill's JDBC writer derives Jira's table names from the namespace it is given: the {@code <ao>} module's. */
    @Test
    public void backfillWriter_shouldBeGivenTheActiveObjectsModulesNamespace() throws Exception {
        Element writer = elements("bean").stream().filter(bean -> bean.getAttribute("id").equals("backfillWriter")).findFirst().orElseThrow();
        Document descriptor;
        try (InputStream in = SpringContextTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        String namespace = ((Element) descriptor.getElementsByTagName("ao").item(0)).getAttribute("namespace");

        assertFalse(namespace.isEmpty());
        assertEquals(namespace, childArguments(writer).get(1).getAttribute("value"));
    }

    /** Spring cannot build beans that need each other through their constructors: the references must form no cycle. */
    @Test
    public void constructorReferences_shouldFormNoCycle() {
        java.util.Map<String, Set<String>> needs = new java.util.HashMap<>();
        for (Element bean : elements("bean")) {
            if (bean.hasAttribute("id")) {
                Set<String> references = new HashSet<>();
                collectReferences(bean, references);
                needs.put(bean.getAttribute("id"), references);
            }
        }
        for (String bean : needs.keySet()) {
            java.util.Deque<String> path = new java.util.ArrayDeque<>();
            boolean cycle = reaches(bean, bean, needs, new HashSet<>(), path);
            assertFalse("Constructor cycle: " + path, cycle);
        }
    }

    private static boolean reaches(String from, String target, java.util.Map<String, Set<String>> needs, Set<String> seen,
                                   java.util.Deque<String> path) {
        for (String next : needs.getOrDefault(from, Set.of())) {
            path.addLast(from + " → " + next);
            if (next.equals(target) || (seen.add(next) && reaches(next, target, needs, seen, path))) {
                return true;
            }
            path.removeLast();
        }
        return false;
    }

    /** Every bean a bean's constructor arguments refer to, through nested beans and lists too. */
    private static void collectReferences(Element element, Set<String> references) {
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                if (child.hasAttribute("ref")) {
                    references.add(child.getAttribute("ref"));
                }
                if (child.getTagName().equals("ref")) {
                    references.add(child.getAttribute("bean"));
                }
                collectReferences(child, references);
            }
        }
    }

    private static List<Element> childArguments(Element bean) {
        List<Element> arguments = new ArrayList<>();
        NodeList children = bean.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element && ((Element) child).getTagName().equals("constructor-arg")) {
                arguments.add((Element) child);
            }
        }
        return arguments;
    }

    private List<Element> elements(String tag) {
        NodeList nodes = context.getElementsByTagName(tag);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    private static Document read() {
        try (InputStream in = SpringContextTest.class.getResourceAsStream("/META-INF/spring/plugin-context.xml")) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the Spring context", e);
        }
    }
}
