package io.github.ratecard.packaging.linkage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Lists what the app's classes need of the host at run time, read from their bytecode: every
 * method, constructor and field of a host type they link against (with the instruction's kind
 * and the erased descriptor the JVM will look up), every host type they name, extend or
 * implement, every host method they override, and the host classes the descriptor and the Spring
 * XML name. A host type is one that is neither in the jar nor in the JDK.
 *
 * <p>A call whose owner is one of the app's own classes is followed up its supertypes as the JVM
 * resolves it: if the app or the JDK declares the member, nothing of the host is needed; otherwise
 * the member is needed of the first host supertype on the way, which is how
 * {@code getValueFromIssue(…)} called on an app subclass of a Jira field type becomes a
 * requirement on Jira's class.
 */
public final class HostLinkage {

    private static final Pattern XML_CLASS = Pattern.compile("(?:class|interface)=\"([A-Za-z_$][\\w.$]*)\"|<(?:entity|upgradeTask)>\\s*([\\w.$]+)\\s*</(?:entity|upgradeTask)>");
    private static final Set<String> OBJECT_METHODS = Set.of("toString()Ljava/lang/String;", "hashCode()I",
            "equals(Ljava/lang/Object;)Z", "getClass()Ljava/lang/Class;");

    /** Marks a member the app, an embedded library or the JDK declares. */
    private static final String RESOLVED = "";

    private final Map<String, byte[]> jarClasses;
    private final String ownPrefix;
    private final ClassShapes jar;
    private final ClassShapes jdk;
    private final ClassShapes declarations;
    private final SortedMap<HostMember, SortedSet<String>> found = new TreeMap<>();

    /**
     * @param jarClasses   every class file in the jar, by internal name
     * @param ownPrefix    the internal-name prefix of the app's own classes, e.g. {@code io/github/ratecard/}
     * @param declarations the host API the app was compiled against, used only to tell which of an app
     *                     class's methods override a host method (the list then says whether Jira has it)
     */
    public HostLinkage(Map<String, byte[]> jarClasses, String ownPrefix, ClassLoader declarations) {
        this.jarClasses = jarClasses;
        this.ownPrefix = ownPrefix;
        this.jar = new ClassShapes(jarClasses::get);
        this.jdk = ClassShapes.onClassPath(ClassLoader.getPlatformClassLoader());
        this.declarations = ClassShapes.onClassPath(declarations);
    }

    /** Every host requirement, with the app classes (or XML files) that have it. */
    public SortedMap<HostMember, SortedSet<String>> requirements(Map<String, String> xmlFiles) {
        found.clear();
        jarClasses.keySet().stream().filter(this::isOwn).sorted().forEach(name -> scan(name, jarClasses.get(name)));
        xmlFiles.forEach(this::scanXml);
        dropTypeLinesSaidOtherwise();
        return found;
    }

    /** A type the app extends, implements or annotates with, or uses a member of, needs no line of its own. */
    private void dropTypeLinesSaidOtherwise() {
        Set<String> said = new HashSet<>();
        found.keySet().stream().filter(m -> !m.kind().equals("type")).forEach(m -> said.add(m.ownerType()));
        found.entrySet().removeIf(entry -> entry.getKey().kind().equals("type") && said.contains(entry.getKey().member()));
    }

    private boolean isOwn(String internalName) {
        return internalName.startsWith(ownPrefix);
    }

    private boolean isHost(String internalName) {
        return !jarClasses.containsKey(internalName) && jdk.shape(internalName).isEmpty();
    }

    private void scanXml(String file, String text) {
        Matcher matcher = XML_CLASS.matcher(text);
        while (matcher.find()) {
            String name = (matcher.group(1) != null ? matcher.group(1) : matcher.group(2)).replace('.', '/');
            if (!isOwn(name) && isHost(name)) {
                need(HostMember.type("type", name), file);
            }
        }
    }

    private void scan(String className, byte[] classFile) {
        String caller = HostMember.javaName(className);
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                if (superName != null && isHost(superName)) {
                    need(HostMember.type("extends", superName), caller);
                }
                for (String implemented : interfaces == null ? new String[0] : interfaces) {
                    if (isHost(implemented)) {
                        need(HostMember.type("implements", implemented), caller);
                    }
                }
            }

            @Override
            public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                return annotation(descriptor, caller);
            }

            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                types(Type.getType(descriptor), caller);
                return new FieldVisitor(Opcodes.ASM9) {
                    @Override
                    public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                        return annotation(annotation, caller);
                    }
                };
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                types(Type.getMethodType(descriptor), caller);
                for (String thrown : exceptions == null ? new String[0] : exceptions) {
                    typeName(thrown, caller);
                }
                if ((access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) == 0 && !name.startsWith("<")) {
                    overridden(className, name + descriptor).ifPresent(host ->
                            need(HostMember.method("override", host, name, descriptor), caller));
                }
                return new CodeScanner(caller);
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    }

    private final class CodeScanner extends MethodVisitor {
        private final String caller;

        CodeScanner(String caller) {
            super(Opcodes.ASM9);
            this.caller = caller;
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            method(kindOf(opcode), owner, name, descriptor, caller);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            field(kindOf(opcode), owner, name, descriptor, caller);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            typeName(type, caller);
        }

        @Override
        public void visitLdcInsn(Object value) {
            if (value instanceof Type) {
                types((Type) value, caller);
            } else if (value instanceof Handle) {
                handle((Handle) value, caller);
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            types(Type.getMethodType(descriptor), caller);
            handle(bootstrap, caller);
            for (Object argument : arguments) {
                visitLdcInsn(argument);
            }
            lambda(name, descriptor, bootstrap, arguments, caller);
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
            types(Type.getType(descriptor), caller);
        }

        @Override
        public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
            if (type != null) {
                typeName(type, caller);
            }
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            return annotation(descriptor, caller);
        }

        @Override
        public AnnotationVisitor visitParameterAnnotation(int parameter, String descriptor, boolean visible) {
            return annotation(descriptor, caller);
        }
    }

    private static String kindOf(int opcode) {
        switch (opcode) {
            case Opcodes.INVOKEVIRTUAL: return "invokevirtual";
            case Opcodes.INVOKESPECIAL: return "invokespecial";
            case Opcodes.INVOKESTATIC: return "invokestatic";
            case Opcodes.INVOKEINTERFACE: return "invokeinterface";
            case Opcodes.GETFIELD: return "getfield";
            case Opcodes.PUTFIELD: return "putfield";
            case Opcodes.GETSTATIC: return "getstatic";
            case Opcodes.PUTSTATIC: return "putstatic";
            default: throw new IllegalArgumentException("not a member instruction: " + opcode);
        }
    }

    private void handle(Handle handle, String caller) {
        switch (handle.getTag()) {
            case Opcodes.H_GETFIELD: field("getfield", handle.getOwner(), handle.getName(), handle.getDesc(), caller); break;
            case Opcodes.H_GETSTATIC: field("getstatic", handle.getOwner(), handle.getName(), handle.getDesc(), caller); break;
            case Opcodes.H_PUTFIELD: field("putfield", handle.getOwner(), handle.getName(), handle.getDesc(), caller); break;
            case Opcodes.H_PUTSTATIC: field("putstatic", handle.getOwner(), handle.getName(), handle.getDesc(), caller); break;
            case Opcodes.H_INVOKEVIRTUAL: method("invokevirtual", handle.getOwner(), handle.getName(), handle.getDesc(), caller); break;
            case Opcodes.H_INVOKESTATIC: method("invokestatic", handle.getOwner(), handle.getName(), handle.getDesc(), caller); break;
            case Opcodes.H_INVOKEINTERFACE: method("invokeinterface", handle.getOwner(), handle.getName(), handle.getDesc(), caller); break;
            default: method("invokespecial", handle.getOwner(), handle.getName(), handle.getDesc(), caller); break;
        }
    }

    /**
     * A lambda or method reference that implements a host interface is an override of the interface's
     * method: the JVM builds a class implementing it, whose method must have that name and descriptor.
     */
    private void lambda(String name, String descriptor, Handle bootstrap, Object[] arguments, String caller) {
        boolean metafactory = bootstrap.getOwner().equals("java/lang/invoke/LambdaMetafactory");
        String implemented = Type.getReturnType(descriptor).getInternalName();
        if (metafactory && arguments.length > 0 && arguments[0] instanceof Type && isHost(implemented)) {
            need(HostMember.method("override", implemented, name, ((Type) arguments[0]).getDescriptor()), caller);
        }
    }

    private AnnotationVisitor annotation(String descriptor, String caller) {
        String type = Type.getType(descriptor).getInternalName();
        if (!isHost(type)) {
            return null;
        }
        need(HostMember.type("annotation", type), caller);
        return new AnnotationVisitor(Opcodes.ASM9) {
            @Override
            public void visit(String name, Object value) {
                need(HostMember.annotationElement(type, name), caller);
                if (value instanceof Type) {
                    types((Type) value, caller);
                }
            }

            @Override
            public void visitEnum(String name, String enumDescriptor, String value) {
                need(HostMember.annotationElement(type, name), caller);
                field("getstatic", Type.getType(enumDescriptor).getInternalName(), value, enumDescriptor, caller);
            }

            @Override
            public AnnotationVisitor visitArray(String name) {
                need(HostMember.annotationElement(type, name), caller);
                return new AnnotationVisitor(Opcodes.ASM9) {
                    @Override
                    public void visit(String unnamed, Object value) {
                        if (value instanceof Type) {
                            types((Type) value, caller);
                        }
                    }

                    @Override
                    public void visitEnum(String unnamed, String enumDescriptor, String value) {
                        field("getstatic", Type.getType(enumDescriptor).getInternalName(), value, enumDescriptor, caller);
                    }
                };
            }
        };
    }

    private void method(String kind, String owner, String name, String descriptor, String caller) {
        types(Type.getMethodType(descriptor), caller);
        if (owner.startsWith("[")) {
            types(Type.getObjectType(owner), caller);
            return;
        }
        typeName(owner, caller);
        hostOwner(owner, name + descriptor, true).ifPresent(host -> need(HostMember.method(kind, host, name, descriptor), caller));
    }

    private void field(String kind, String owner, String name, String descriptor, String caller) {
        types(Type.getType(descriptor), caller);
        typeName(owner, caller);
        hostOwner(owner, name + ":" + descriptor, false).ifPresent(host -> need(HostMember.field(kind, host, name, descriptor), caller));
    }

    /**
     * The host type a member is needed of, searching from {@code owner} in the JVM's order (JVMS
     * §5.4.3): a method in the class and its superclasses, then in its superinterfaces; a field in the
     * class, then its superinterfaces, then its superclass. Empty when the app, an embedded library or
     * the JDK has it first.
     */
    private Optional<String> hostOwner(String owner, String member, boolean isMethod) {
        if (isMethod && OBJECT_METHODS.contains(member)) {
            return Optional.empty();
        }
        String found = isMethod ? methodOwner(owner, member) : fieldOwner(owner, member, new HashSet<>());
        return found == null || found.equals(RESOLVED) ? Optional.empty() : Optional.of(found);
    }

    private String methodOwner(String owner, String member) {
        List<String> interfaces = new ArrayList<>();
        for (String type = owner; type != null; ) {
            if (isHost(type)) {
                return type;
            }
            Optional<ClassShape> shape = shapeOf(type);
            if (shape.isEmpty()) {
                return RESOLVED;
            }
            if (shape.get().methods.contains(member)) {
                return RESOLVED;
            }
            interfaces.addAll(shape.get().interfaces);
            type = shape.get().superName;
        }
        Deque<String> queue = new ArrayDeque<>(interfaces);
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            String type = queue.removeFirst();
            if (!seen.add(type)) {
                continue;
            }
            if (isHost(type)) {
                return type;
            }
            Optional<ClassShape> shape = shapeOf(type);
            if (shape.isPresent() && shape.get().methods.contains(member)) {
                return RESOLVED;
            }
            shape.ifPresent(found -> queue.addAll(found.interfaces));
        }
        return RESOLVED;
    }

    private String fieldOwner(String type, String member, Set<String> seen) {
        if (!seen.add(type)) {
            return null;
        }
        if (isHost(type)) {
            return type;
        }
        Optional<ClassShape> shape = shapeOf(type);
        if (shape.isEmpty() || shape.get().fields.contains(member)) {
            return RESOLVED;
        }
        for (String implemented : shape.get().interfaces) {
            String found = fieldOwner(implemented, member, seen);
            if (found != null) {
                return found;
            }
        }
        return shape.get().superName == null ? null : fieldOwner(shape.get().superName, member, seen);
    }

    private Optional<ClassShape> shapeOf(String type) {
        return jar.shape(type).or(() -> jdk.shape(type));
    }

    /** The host type declaring the method an app method overrides, going by the declarations. */
    private Optional<String> overridden(String className, String method) {
        Deque<String> queue = new ArrayDeque<>(jar.shape(className).map(ClassShape::supertypes).orElse(List.of()));
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            String type = queue.removeFirst();
            if (!seen.add(type)) {
                continue;
            }
            Optional<ClassShape> shape = isHost(type) ? declarations.shape(type) : jar.shape(type);
            if (shape.isEmpty()) {
                continue;
            }
            if (isHost(type) && shape.get().instanceMethods.contains(method)) {
                return Optional.of(type);
            }
            queue.addAll(shape.get().supertypes());
        }
        return Optional.empty();
    }

    private void types(Type type, String caller) {
        switch (type.getSort()) {
            case Type.METHOD:
                for (Type argument : type.getArgumentTypes()) {
                    types(argument, caller);
                }
                types(type.getReturnType(), caller);
                break;
            case Type.ARRAY:
                types(type.getElementType(), caller);
                break;
            case Type.OBJECT:
                typeName(type.getInternalName(), caller);
                break;
            default:
                break;
        }
    }

    private void typeName(String internalName, String caller) {
        if (internalName.startsWith("[")) {
            types(Type.getType(internalName), caller);
        } else if (isHost(internalName)) {
            need(HostMember.type("type", internalName), caller);
        }
    }

    private void need(HostMember member, String caller) {
        found.computeIfAbsent(member, any -> new TreeSet<>()).add(caller);
    }
}
