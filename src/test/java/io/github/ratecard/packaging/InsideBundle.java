package io.github.ratecard.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;

/**
 * Loads a test class (and its nested classes) from this test's class path as if the bundle held it:
 * the class is defined here, and everything it refers to is looked up through the bundle's class loader.
 */
final class InsideBundle extends ClassLoader {

    private final String className;

    private InsideBundle(ClassLoader bundleLoader, String className) {
        super(bundleLoader);
        this.className = className;
    }

    @SuppressWarnings("unchecked")
    static Function<String, Object> function(ClassLoader bundleLoader, Class<? extends Function<String, Object>> type) throws ReflectiveOperationException {
        Class<?> inside = new InsideBundle(bundleLoader, type.getName()).loadClass(type.getName());
        if (inside == type) {
            throw new IllegalStateException(type + " was not loaded inside the bundle");
        }
        return (Function<String, Object>) inside.getConstructor().newInstance();
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.equals(className) && !name.startsWith(className + "$")) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            return loaded != null ? loaded : findClass(name);
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        try (InputStream in = InsideBundle.class.getClassLoader().getResourceAsStream(name.replace('.', '/') + ".class")) {
            if (in == null) {
                throw new ClassNotFoundException(name);
            }
            byte[] bytes = in.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
        }
    }
}
