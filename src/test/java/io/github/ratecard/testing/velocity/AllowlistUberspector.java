package io.github.ratecard.testing.velocity;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;

/**
 * Jira 10's Velocity method allowlist, as the sandbox and the template tests play it. A template the app ships may call
 * a method of the app's own classes only when the descriptor's {@code <velocity-allowlist>} names
 * it ({@code type#method(parameter types)}), and a method of any other class only when Jira's
 * global allowlist holds it ({@link #HOST_METHODS}). A plugin may allowlist only its own classes,
 * so a descriptor entry for another class changes nothing. The sandbox's own pages never reach
 * Jira and are not checked.
 */
public final class AllowlistUberspector extends UberspectImpl {

    static final String APP = "io.github.ratecard.";
    /** The test host's own classes: the sandbox, and the fixtures of the tests. */
    private static final List<String> NOT_SHIPPED = List.of("io.github.ratecard.sandbox.", "io.github.ratecard.testing.");
    private static final String SANDBOX_PAGES = "sandbox/templates/";

    /**
     * The methods of JDK and host classes that the app's templates call, each one on Jira's global
     * allowlist, keyed by the object's class. None: templates call only the app's view objects and
     * read their words through {@code io.github.ratecard.web.PageText}. Add an entry only with a
     * source showing that Jira's global allowlist holds it.
     */
    static final Set<String> HOST_METHODS = Set.of();

    static final Set<String> DESCRIPTOR_METHODS = allowlistOf(descriptor());

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info info) throws Exception {
        VelMethod method = super.getMethod(obj, methodName, args, info);
        if (method != null && obj != null) {
            check(obj.getClass(), methodName, parameterTypesOf(obj.getClass(), methodName, args.length), info);
        }
        return method;
    }

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) throws Exception {
        VelPropertyGet getter = super.getPropertyGet(obj, identifier, info);
        if (getter != null && obj != null && getter.getMethodName() != null) {
            check(obj.getClass(), getter.getMethodName(), "", info);
        }
        return getter;
    }

    private static void check(Class<?> type, String methodName, String parameterTypes, Info info) {
        if (info != null && info.getTemplateName() != null && info.getTemplateName().startsWith(SANDBOX_PAGES)) {
            return;
        }
        refusal(DESCRIPTOR_METHODS, type, methodName, parameterTypes).ifPresent(reason -> {
            throw new IllegalStateException(reason + " (" + info + ")");
        });
    }

    /** Why Jira would refuse a template's call, given the plugin's allowlist; empty when Jira allows it. */
    static Optional<String> refusal(Set<String> pluginAllowlist, Class<?> type, String methodName, String parameterTypes) {
        String key = type.getName() + "#" + methodName + "(" + parameterTypes + ")";
        if (isAppClass(type.getName())) {
            return pluginAllowlist.contains(key) ? Optional.empty() : Optional.of("Method needs allowlisting: " + key);
        }
        return HOST_METHODS.contains(key) ? Optional.empty()
                : Optional.of("Method is not the app's own, and not on Jira's global allowlist: " + key);
    }

    /** A class the app ships: only those may the descriptor's allowlist name. */
    static boolean isAppClass(String className) {
        return className.startsWith(APP) && NOT_SHIPPED.stream().noneMatch(className::startsWith);
    }

    /** The {@code <method>} entries of every {@code <velocity-allowlist>} in a plugin descriptor. */
    static Set<String> allowlistOf(String descriptor) {
        Set<String> methods = new HashSet<>();
        Matcher list = Pattern.compile("<velocity-allowlist[^>]*>(.*?)</velocity-allowlist>", Pattern.DOTALL).matcher(descriptor);
        while (list.find()) {
            Matcher method = Pattern.compile("<method>\\s*([^<]+?)\\s*</method>").matcher(list.group(1));
            while (method.find()) {
                methods.add(method.group(1));
            }
        }
        return methods;
    }

    static String parameterList(Method method) {
        return Arrays.stream(method.getParameterTypes()).map(Class::getName).collect(Collectors.joining(", "));
    }

    private static String parameterTypesOf(Class<?> type, String methodName, int arity) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(methodName) && m.getParameterCount() == arity)
                .findFirst()
                .map(AllowlistUberspector::parameterList)
                .orElse("");
    }

    private static String descriptor() {
        try (InputStream in = AllowlistUberspector.class.getResourceAsStream("/atlassian-plugin.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the descriptor's Velocity allowlist", e);
        }
    }
}
