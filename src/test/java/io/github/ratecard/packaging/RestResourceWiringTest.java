package io.github.ratecard.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.inject.Inject;
import javax.ws.rs.ext.Provider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Atlassian REST v2 builds the app's resources itself: through the one {@code @Inject} constructor,
 * each argument being the one bean of its type in the plugin's Spring context; and it lets a call
 * in only as the resource's access annotation says. Checked here for every resource, without Jira.
 */
public class RestResourceWiringTest {

    private static final String ACCESS_ANNOTATIONS = "com.atlassian.plugins.rest.api.security.annotation.";

    @Test
    public void everyResource_shouldHaveExactlyOnePublicInjectConstructor() throws Exception {
        for (Class<?> resource : resources()) {
            List<Constructor<?>> injected = Arrays.stream(resource.getDeclaredConstructors())
                    .filter(constructor -> constructor.isAnnotationPresent(Inject.class)).collect(Collectors.toList());
            assertEquals(resource.getName() + " needs exactly one @Inject constructor", 1, injected.size());
            assertTrue(resource.getName() + "'s @Inject constructor must be public", Modifier.isPublic(injected.get(0).getModifiers()));
        }
    }

    @Test
    public void everyInjectedArgument_shouldBeExactlyOneBeanOfTheSpringContext() throws Exception {
        List<Class<?>> beanTypes = topLevelBeanTypes();
        for (Class<?> resource : resources()) {
            Constructor<?> constructor = Arrays.stream(resource.getDeclaredConstructors())
                    .filter(c -> c.isAnnotationPresent(Inject.class)).findFirst().orElseThrow();
            for (Class<?> parameter : constructor.getParameterTypes()) {
                long candidates = beanTypes.stream().filter(parameter::isAssignableFrom).count();
                assertEquals(resource.getSimpleName() + " takes a " + parameter.getName() + ": beans of that type in the Spring context",
                        1, candidates);
            }
        }
    }

    @Test
    public void everyResource_shouldSayWhoMayCallItWithAnAccessAnnotation() throws Exception {
        for (Class<?> resource : resources()) {
            List<String> access = Arrays.stream(resource.getAnnotations()).map(Annotation::annotationType).map(Class::getName)
                    .filter(name -> name.startsWith(ACCESS_ANNOTATIONS)).collect(Collectors.toList());
            assertEquals(resource.getName() + " must carry one access annotation of " + ACCESS_ANNOTATIONS + "*", 1, access.size());
        }
    }

    @Test
    public void everyResourceAndProvider_shouldLieInTheOnePackageTheDescriptorHasScanned() throws Exception {
        String descriptor = new String(RestResourceWiringTest.class.getResourceAsStream("/atlassian-plugin.xml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(descriptor.contains("<package>io.github.ratecard.rest</package>"));
        for (Class<?> type : appClasses()) {
            boolean isRestType = type.isAnnotationPresent(javax.ws.rs.Path.class) || type.isAnnotationPresent(Provider.class);
            if (isRestType) {
                assertEquals(type.getName(), "io.github.ratecard.rest", type.getPackageName());
            }
        }
    }

    private static List<Class<?>> resources() throws Exception {
        List<Class<?>> resources = appClasses().stream().filter(type -> type.isAnnotationPresent(javax.ws.rs.Path.class))
                .collect(Collectors.toList());
        assertFalse(resources.isEmpty());
        return resources;
    }

    private static List<Class<?>> appClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Paths.get(io.github.ratecard.rest.StatusResource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("io/github/ratecard"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList())) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, RestResourceWiringTest.class.getClassLoader()));
            }
        }
        return classes;
    }

    /** The type of each bean directly under {@code <beans>}: its class, its factory method's return type, or a host service's interface. */
    private static List<Class<?>> topLevelBeanTypes() throws Exception {
        List<Class<?>> types = new ArrayList<>();
        try (InputStream in = RestResourceWiringTest.class.getResourceAsStream("/META-INF/spring/plugin-context.xml")) {
            NodeList children = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement().getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                Node child = children.item(i);
                if (!(child instanceof Element)) {
                    continue;
                }
                Element bean = (Element) child;
                if (bean.getTagName().equals("osgi:reference")) {
                    hostType(bean.getAttribute("interface")).ifPresent(types::add);
                } else if (bean.getTagName().equals("bean")) {
                    Class<?> type = Class.forName(bean.getAttribute("class"));
                    if (bean.hasAttribute("factory-method")) {
                        type = Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(bean.getAttribute("factory-method")))
                                .map(Method::getReturnType).findFirst().orElseThrow();
                    }
                    types.add(type);
                }
            }
        }
        return types;
    }

    /** A host service the app's code never names (one Jira's own searcher needs) cannot be a resource's argument. */
    private static java.util.Optional<Class<?>> hostType(String name) {
        try {
            return java.util.Optional.of(Class.forName(name));
        } catch (ClassNotFoundException notDeclared) {
            return java.util.Optional.empty();
        }
    }
}
