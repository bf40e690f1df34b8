package io.github.ratecard.packaging.linkage;

import java.util.List;
import java.util.Set;

/** What linking needs to know of one class: its supertypes and the members it declares itself. */
final class ClassShape {

    final String name;
    final String superName;
    final List<String> interfaces;
    final boolean isInterface;
    /** name + descriptor of each declared method; of those neither static nor private; name:descriptor of each field */
    final Set<String> methods;
    final Set<String> instanceMethods;
    final Set<String> fields;
    /** the static methods and fields among them */
    final Set<String> staticMembers;

    ClassShape(String name, String superName, List<String> interfaces, boolean isInterface,
               Set<String> methods, Set<String> instanceMethods, Set<String> fields, Set<String> staticMembers) {
        this.name = name;
        this.superName = superName;
        this.interfaces = interfaces;
        this.isInterface = isInterface;
        this.methods = methods;
        this.instanceMethods = instanceMethods;
        this.fields = fields;
        this.staticMembers = staticMembers;
    }

    /** The direct supertypes, the superclass first, as the JVM searches them. */
    List<String> supertypes() {
        java.util.List<String> all = new java.util.ArrayList<>();
        if (superName != null) {
            all.add(superName);
        }
        all.addAll(interfaces);
        return all;
    }
}
