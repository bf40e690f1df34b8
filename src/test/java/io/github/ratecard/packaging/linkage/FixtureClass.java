package io.github.ratecard.packaging.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Builds small class files for the linkage check's tests: a class, its supertypes, and methods with given bodies. */
final class FixtureClass {

    private final String name;
    private String superName = "java/lang/Object";
    private final List<String> interfaces = new ArrayList<>();
    private final List<Method> methods = new ArrayList<>();

    private FixtureClass(String name) {
        this.name = name;
    }

    static FixtureClass named(String internalName) {
        return new FixtureClass(internalName);
    }

    FixtureClass extending(String internalName) {
        superName = internalName;
        return this;
    }

    FixtureClass implementing(String internalName) {
        interfaces.add(internalName);
        return this;
    }

    /** A public method whose body the consumer writes (it must leave a value of the return type, or none for void). */
    FixtureClass method(String methodName, String descriptor, Consumer<MethodVisitor> body) {
        methods.add(new Method(methodName, descriptor, body));
        return this;
    }

    /** A method that calls {@code owner.name descriptor} with the given instruction on null arguments and returns nothing. */
    FixtureClass calling(int opcode, String owner, String methodName, String descriptor) {
        return method("use" + methods.size(), "()V", code -> {
            if (opcode != Opcodes.INVOKESTATIC) {
                code.visitInsn(Opcodes.ACONST_NULL);
            }
            for (int i = 0; i < org.objectweb.asm.Type.getArgumentTypes(descriptor).length; i++) {
                code.visitInsn(Opcodes.ACONST_NULL);
            }
            code.visitMethodInsn(opcode, owner, methodName, descriptor, opcode == Opcodes.INVOKEINTERFACE);
            int returned = org.objectweb.asm.Type.getReturnType(descriptor).getSize();
            if (returned > 0) {
                code.visitInsn(returned == 2 ? Opcodes.POP2 : Opcodes.POP);
            }
        });
    }

    byte[] bytes() {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, name, null, superName, interfaces.toArray(new String[0]));
        for (Method method : methods) {
            MethodVisitor code = writer.visitMethod(Opcodes.ACC_PUBLIC, method.name, method.descriptor, null, null);
            code.visitCode();
            method.body.accept(code);
            code.visitInsn(method.descriptor.endsWith(")V") ? Opcodes.RETURN : Opcodes.ARETURN);
            code.visitMaxs(0, 0);
            code.visitEnd();
        }
        writer.visitEnd();
        return writer.toByteArray();
    }

    String name() {
        return name;
    }

    private static final class Method {
        final String name;
        final String descriptor;
        final Consumer<MethodVisitor> body;

        Method(String name, String descriptor, Consumer<MethodVisitor> body) {
            this.name = name;
            this.descriptor = descriptor;
            this.body = body;
        }
    }
}
