package io.github.ratecard.testing.wiring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The services a host binds to the plugin context's {@code osgi:reference} ids, as Jira's OSGi registry offers them. */
final class HostServices {

    static final String BEAN = "ratecard.hostServices";

    private final Map<String, Object> services = new LinkedHashMap<>();

    void bind(String referenceId, Object service) {
        services.put(referenceId, service);
    }

    Object service(String referenceId, String type) {
        Object service = services.get(referenceId);
        if (service == null) {
            throw new IllegalStateException("The host binds no service to osgi:reference " + referenceId + " (" + type
                    + "): bind one, or replace the beans that use it");
        }
        typeOf(type).filter(known -> !known.isInstance(service)).ifPresent(known -> {
            throw new IllegalStateException("The host bound a " + service.getClass().getName() + " to osgi:reference " + referenceId
                    + ", which is no " + type);
        });
        return service;
    }

    /** The interface, when the app's classpath declares it (some only Jira's own field types use are not declared). */
    static Optional<Class<?>> typeOf(String name) {
        try {
            return Optional.of(Class.forName(name, false, HostServices.class.getClassLoader()));
        } catch (ClassNotFoundException notDeclared) {
            return Optional.empty();
        }
    }
}
