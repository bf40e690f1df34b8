package io.github.ratecard.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
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
 * Jira 10's Velocity allowlist, as the sandbox plays it: a template may call a method of the
 * app's own classes, or of a host interface, only when the descriptor's
 * {@code <velocity-allowlist>} names it ({@code type#method(parameter types)}). JDK types
 * and the sandbox's own pages are not checked.
 */
public final class AllowlistUberspector extends UberspectImpl {

    private static final String APP = "io.github.ratecard.";
    private static final String SANDBOX = "io.github.ratecard.sandbox.";
    static final Set<String> ALLOWED = readAllowlist();

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

    static void check(Class<?> type, String methodName, String parameterTypes, Info info) {
        Optional<String> key = allowlistKey(type, methodName, parameterTypes);
        if (key.isPresent() && !ALLOWED.contains(key.get())) {
            throw new IllegalStateException("Method needs allowlisting: " + key.get() + " (" + info + ")");
        }
    }

    /** The allowlist entry a call needs, or empty when Jira would not check it here. */
    static Optional<String> allowlistKey(Class<?> type, String methodName, String parameterTypes) {
        String signature = "#" + methodName + "(" + parameterTypes + ")";
        for (Class<?> contract : type.getInterfaces()) {
            if (contract.getName().startsWith("com.atlassian.") && declares(contract, methodName)) {
                return Optional.of(contract.getName() + signature);
            }
        }
        if (type.getName().startsWith(APP) && !type.getName().startsWith(SANDBOX)) {
            return Optional.of(type.getName() + signature);
        }
        return Optional.empty();
    }

    private static boolean declares(Class<?> type, String methodName) {
        return Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals(methodName));
    }

    private static String parameterTypesOf(Class<?> type, String methodName, int arity) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(methodName) && m.getParameterCount() == arity)
                .findFirst()
                .map(AllowlistUberspector::parameterList)
                .orElse("");
    }

    private static String parameterList(Method method) {
        return Arrays.stream(method.getParameterTypes()).map(Class::getName).collect(Collectors.joining(", "));
    }

    private static Set<String> readAllowlist() {
        try (InputStream in = AllowlistUberspector.class.getResourceAsStream("/atlassian-plugin.xml")) {
            String descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Set<String> methods = new HashSet<>();
            Matcher list = Pattern.compile("<velocity-allowlist[^>]*>(.*?)</velocity-allowlist>", Pattern.DOTALL).matcher(descriptor);
            while (list.find()) {
                Matcher method = Pattern.compile("<method>\\s*([^<]+?)\\s*</method>").matcher(list.group(1));
                while (method.find()) {
                    methods.add(method.group(1));
                }
            }
            return methods;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the descriptor's Velocity allowlist", e);
        }
    }
}
