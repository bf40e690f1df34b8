package io.github.ratecard.packaging.linkage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Reads {@link ClassShape}s from class files, once each. */
final class ClassShapes {

    private final Function<String, byte[]> classFiles;
    private final Map<String, Optional<ClassShape>> read = new HashMap<>();

    /** @param classFiles the bytes of a class by its internal name, or null where there is none */
    ClassShapes(Function<String, byte[]> classFiles) {
        this.classFiles = classFiles;
    }

    /** Class files as a class loader finds them (used for the host declarations the app compiles against). */
    static ClassShapes onClassPath(ClassLoader loader) {
        return new ClassShapes(name -> {
            try (InputStream in = loader.getResourceAsStream(name + ".class")) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        });
    }

    Optional<ClassShape> shape(String internalName) {
        return read.computeIfAbsent(internalName, name -> Optional.ofNullable(classFiles.apply(name)).map(ClassShapes::parse));
    }

    static ClassShape parse(byte[] classFile) {
        Set<String> methods = new LinkedHashSet<>();
        Set<String> instanceMethods = new LinkedHashSet<>();
        Set<String> fields = new LinkedHashSet<>();
        Set<String> statics = new LinkedHashSet<>();
        String[] header = new String[2];
        String[][] interfaces = new String[1][];
        boolean[] isInterface = new boolean[1];
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] itfs) {
                header[0] = name;
                header[1] = superName;
                interfaces[0] = itfs == null ? new String[0] : itfs;
                isInterface[0] = (access & Opcodes.ACC_INTERFACE) != 0;
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                methods.add(name + descriptor);
                if ((access & Opcodes.ACC_STATIC) != 0) {
                    statics.add(name + descriptor);
                }
                if ((access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) == 0 && !name.startsWith("<")) {
                    instanceMethods.add(name + descriptor);
                }
                return null;
            }

            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                fields.add(name + ":" + descriptor);
                if ((access & Opcodes.ACC_STATIC) != 0) {
                    statics.add(name + ":" + descriptor);
                }
                return null;
            }
        }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return new ClassShape(header[0], header[1], Arrays.asList(interfaces[0]), isInterface[0], methods, instanceMethods, fields, statics);
    }
}
