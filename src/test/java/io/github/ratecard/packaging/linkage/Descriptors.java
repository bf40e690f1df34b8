package io.github.ratecard.packaging.linkage;

import org.objectweb.asm.Type;

/** JVM descriptors in the Java spelling a reviewer compares with a javadoc page. */
final class Descriptors {

    private Descriptors() {
    }

    /** {@code (Ljava/lang/String;I)Ljava/lang/Object;} → {@code (java.lang.String,int):java.lang.Object} */
    static String readableMethod(String descriptor) {
        StringBuilder text = new StringBuilder("(");
        Type[] arguments = Type.getArgumentTypes(descriptor);
        for (int i = 0; i < arguments.length; i++) {
            text.append(i == 0 ? "" : ",").append(arguments[i].getClassName());
        }
        return text.append("):").append(Type.getReturnType(descriptor).getClassName()).toString();
    }

    static String readableType(String descriptor) {
        return Type.getType(descriptor).getClassName();
    }

    /** {@code (java.lang.String,int):void} → {@code (Ljava/lang/String;I)V} */
    static String methodDescriptor(String readable) {
        int close = readable.indexOf(')');
        String parameters = readable.substring(1, close);
        StringBuilder descriptor = new StringBuilder("(");
        if (!parameters.isEmpty()) {
            for (String parameter : parameters.split(",")) {
                descriptor.append(typeDescriptor(parameter));
            }
        }
        return descriptor.append(')').append(typeDescriptor(readable.substring(close + 2))).toString();
    }

    /** {@code java.lang.String[]} → {@code [Ljava/lang/String;} */
    static String typeDescriptor(String readable) {
        if (readable.endsWith("[]")) {
            return "[" + typeDescriptor(readable.substring(0, readable.length() - 2));
        }
        switch (readable) {
            case "void": return "V";
            case "boolean": return "Z";
            case "byte": return "B";
            case "char": return "C";
            case "short": return "S";
            case "int": return "I";
            case "long": return "J";
            case "float": return "F";
            case "double": return "D";
            default: return "L" + readable.replace('.', '/') + ";";
        }
    }
}
