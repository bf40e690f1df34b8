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
        Optional<ClassShape> type = shapes.shape(owner);
        if (type.isEmpty()) {
            return Optional.of(member + " — no such type in " + jar.get());
        }
        if (!kindFits(member, type.get())) {
            return Optional.of(member + " — " + owner.replace('/', '.') + " is " + (type.get().isInterface ? "an interface" : "a class")
                    + " in " + jar.get() + ", which this kind of use does not fit");
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

    /** Whether the instruction or relation matches the type's kind and the member's static-ness, as the JVM requires. */
    private boolean kindFits(HostMember member, ClassShape type) {
        switch (member.kind()) {
            case "invokeinterface":
                return type.isInterface && staticMember(type, member, false);
            case "invokevirtual":
                return !type.isInterface && staticMember(type, member, false);
            case "implements":
                return type.isInterface;
            case "extends":
                return !type.isInterface;
            case "invokestatic":
            case "getstatic":
            case "putstatic":
                return staticMember(type, member, true);
            case "getfield":
            case "putfield":
            case "override":
                return staticMember(type, member, false);
            default:
                return true;
        }
    }

    /** Whether the member, where the type itself declares it, is (or is not) static; inherited members are not judged. */
    private static boolean staticMember(ClassShape type, HostMember member, boolean wanted) {
        int hash = member.member().indexOf('#');
        String signature = member.member().substring(hash + 1);
        String key = signature.contains("(")
                ? member.name() + Descriptors.methodDescriptor(signature.substring(signature.indexOf('(')))
                : member.name() + ":" + Descriptors.typeDescriptor(signature.substring(signature.indexOf(':') + 1));
        Boolean isStatic = type.staticMembers.contains(key) ? Boolean.TRUE
                : type.methods.contains(key) || type.fields.contains(key) ? Boolean.FALSE : null;
        return isStatic == null || isStatic == wanted;
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
