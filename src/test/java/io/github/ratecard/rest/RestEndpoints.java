package io.github.ratecard.rest;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;

/** Every resource method of the app's REST package, found by reflection on its classes (from the classes folder or a built jar). */
public final class RestEndpoints {

    /** A method and path template such as {@code GET levels/{id}}. */
    public record Endpoint(String verb, String template) {

        /** Whether a request named {@code VERB:/path} (path relative to the REST base, no query) reaches this method. */
        public boolean matches(String request) {
            String regex = "/" + Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            return request.startsWith(verb + ":") && request.substring(verb.length() + 1).matches(regex);
        }

        @Override
        public String toString() {
            return verb + " /" + template;
        }
    }

    private RestEndpoints() {
    }

    public static List<Endpoint> all() throws Exception {
        return new ArrayList<>(methods().keySet());
    }

    /** Every resource method by its endpoint, in the order of the classes' names. */
    public static Map<Endpoint, Method> methods() throws Exception {
        Map<Endpoint, Method> endpoints = new LinkedHashMap<>();
        for (Class<?> type : RestClasses.all()) {
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String verb = verb(method);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    endpoints.put(new Endpoint(verb, trim(classPath.value()) + (sub == null ? "" : "/" + trim(sub.value()))), method);
                }
            }
        }
        return endpoints;
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        return method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
    }

    private static String trim(String path) {
        return path.replaceAll("^/+|/+$", "");
    }
}
