package io.github.ratecard.packaging.linkage;

import java.util.Objects;

/**
 * One thing of Jira's that the jar needs at run time, as the JVM links it: the kind of use (the
 * instruction, or a class-level relation), the owner type, and the member's name with its erased
 * signature. Written the way the reviewed list spells it:
 * {@code invokevirtual com.atlassian.Foo#bar(java.lang.String,int):java.lang.Object},
 * {@code type com.atlassian.Foo}.
 */
public final class HostMember implements Comparable<HostMember> {

    private final String kind;
    private final String member;

    private HostMember(String kind, String member) {
        this.kind = kind;
        this.member = member;
    }

    /** A class, interface or annotation Jira must have (referenced, extended, implemented or named in XML). */
    public static HostMember type(String kind, String internalName) {
        return new HostMember(kind, javaName(internalName));
    }

    /** A method or constructor; {@code descriptor} is the JVM descriptor, e.g. {@code (Ljava/lang/String;)V}. */
    public static HostMember method(String kind, String owner, String name, String descriptor) {
        return new HostMember(kind, javaName(owner) + "#" + name + Descriptors.readableMethod(descriptor));
    }

    /** A field; {@code descriptor} is the field's JVM type descriptor. */
    public static HostMember field(String kind, String owner, String name, String descriptor) {
        return new HostMember(kind, javaName(owner) + "#" + name + ":" + Descriptors.readableType(descriptor));
    }

    /** An element of a host annotation that a class sets. */
    public static HostMember annotationElement(String annotation, String element) {
        return new HostMember("element", javaName(annotation) + "#" + element);
    }

    /** Reads a line's first two columns back. */
    public static HostMember parse(String kind, String member) {
        return new HostMember(kind, member);
    }

    public String kind() {
        return kind;
    }

    public String member() {
        return member;
    }

    /** The host type the member belongs to, in Java spelling. */
    public String ownerType() {
        int hash = member.indexOf('#');
        return hash < 0 ? member : member.substring(0, hash);
    }

    /** The member's name alone ({@code <init>} for a constructor), or the type for a type line. */
    public String name() {
        int hash = member.indexOf('#');
        if (hash < 0) {
            return member;
        }
        String rest = member.substring(hash + 1);
        int end = rest.indexOf('(') >= 0 ? rest.indexOf('(') : rest.indexOf(':');
        return end < 0 ? rest : rest.substring(0, end);
    }

    static String javaName(String internalName) {
        return internalName.replace('/', '.');
    }

    @Override
    public int compareTo(HostMember other) {
        int byMember = member.compareTo(other.member);
        return byMember != 0 ? byMember : kind.compareTo(other.kind);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HostMember && ((HostMember) other).kind.equals(kind) && ((HostMember) other).member.equals(member);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, member);
    }

    @Override
    public String toString() {
        return kind + " " + member;
    }
}
