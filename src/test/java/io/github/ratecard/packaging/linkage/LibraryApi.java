package io.github.ratecard.packaging.linkage;

import java.net.URL;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A second, mechanical check of the reviewed list where the host's API is published as a jar: for
 * a requirement on a type that the test class path loads from a library jar (JAX-RS, Servlet,
 * Jackson, SLF4J, javax.inject, the Active Objects ORM) rather than from the app's own compile-only
 * declarations, the member must exist in that jar's bytecode (declared or inherited) with the very
 * signature required.
 */
public final class LibraryApi {

    private final ClassLoader classPath;
    private final ClassShapes shapes;

    public LibraryApi(ClassLoader classPath) {
        this.classPath = classPath;
        this.shapes = ClassShapes.onClassPath(classPath);
    }

    /** The jar a host type comes from on the class path, if it comes from a jar at all. */
    public Optional<String> jarOf(String javaTypeName) {
        URL found = classPath.getResource(javaTypeName.replace('.', '/') + ".class");
        return found != null && found.getProtocol().equals("jar") ? Optional.of(found.getPath().replaceAll("!.*$", "")) : Optional.empty();
    }

    /** What is wrong with a requirement on a library type: empty when the library has it. */
    public Optional<String> problem(HostMember member) {
        String owner = member.ownerType().replace('.', '/');
        Optional<String> jar = jarOf(member.ownerType());
        if (jar.isEmpty()) {
            return Optional.empty();
        }
        if (shapes.shape(owner).isEmpty()) {
            return Optional.of(member + " — no such type in " + jar.get());
        }
        int hash = member.member().indexOf('#');
        if (hash < 0) {
            return Optional.empty();
        }
        String signature = member.member().substring(hash + 1);
        boolean found = member.kind().equals("element") ? has(owner, signature, true)
                : signature.contains("(") ? has(owner, member.name() + Descriptors.methodDescriptor(signature.substring(signature.indexOf('('))), true)
                : has(owner, member.name() + ":" + Descriptors.typeDescriptor(signature.substring(signature.indexOf(':') + 1)), false);
        return found ? Optional.empty() : Optional.of(member + " — not in " + jar.get());
    }

    private boolean has(String owner, String member, boolean isMethod) {
        Deque<String> queue = new ArrayDeque<>(List.of(owner));
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            String type = queue.removeFirst();
            if (!seen.add(type)) {
                continue;
            }
            Optional<ClassShape> shape = shapes.shape(type);
            if (shape.isEmpty()) {
                continue;
            }
            Set<String> members = isMethod ? shape.get().methods : shape.get().fields;
            boolean byName = !member.contains("(") && !member.contains(":");
            if (byName ? members.stream().anyMatch(m -> m.startsWith(member + "(")) : members.contains(member)) {
                return true;
            }
            queue.addAll(shape.get().supertypes());
        }
        return false;
    }
}
