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
}
