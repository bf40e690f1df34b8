package io.github.ratecard.rest;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** The Javadoc of resource methods, read from their sources with the JDK's parser, as plain text for the OpenAPI document. */
final class Javadocs {

    /** A method's Javadoc without its tags: the first sentence, and the whole text. */
    record Doc(String summary, String text) {

        /** Whether the text goes on after its first sentence. */
        boolean saysMore() {
            return !text.equals(summary) && !text.equals(summary + ".");
        }
    }

    private final Map<String, Doc> docs;

    private Javadocs(Map<String, Doc> docs) {
        this.docs = docs;
    }

    static Javadocs of(Path sources, Set<Class<?>> types) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Map<String, Doc> docs = new HashMap<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            List<Path> paths = new ArrayList<>();
            types.forEach(type -> paths.add(sources.resolve(type.getName().replace('.', '/') + ".java")));
            JavacTask task = (JavacTask) javac.getTask(null, files, null, List.of("-proc:none"), null,
                    files.getJavaFileObjectsFromPaths(paths));
            Trees trees = Trees.instance(task);
            for (CompilationUnitTree unit : task.parse()) {
                String packageName = unit.getPackageName().toString();
                new TreePathScanner<Void, String>() {
                    @Override
                    public Void visitClass(ClassTree type, String outer) {
                        String name = outer == null ? packageName + "." + type.getSimpleName() : outer + "$" + type.getSimpleName();
                        String comment = trees.getDocComment(getCurrentPath());
                        if (comment != null && !plain(comment).isEmpty()) {
                            docs.put(name, doc(plain(comment)));
                        }
                        return super.visitClass(type, name);
                    }

                    @Override
                    public Void visitMethod(MethodTree method, String type) {
                        String comment = trees.getDocComment(getCurrentPath());
                        if (comment != null && !plain(comment).isEmpty()) {
                            docs.put(key(type, method.getName().toString(), method.getParameters().size()), doc(plain(comment)));
                        }
                        return null;
                    }
                }.scan(unit, null);
            }
        }
        return new Javadocs(docs);
    }

    Optional<Doc> of(Method method) {
        return Optional.ofNullable(docs.get(key(method.getDeclaringClass().getName(), method.getName(), method.getParameterCount())));
    }

    Optional<Doc> of(Class<?> type) {
        return Optional.ofNullable(docs.get(type.getName()));
    }

    private static String key(String type, String method, int parameters) {
        return type + "#" + method + "/" + parameters;
    }

    private static Doc doc(String text) {
        int end = text.indexOf(". ");
        String summary = end < 0 ? text : text.substring(0, end + 1);
        return new Doc(summary.endsWith(".") ? summary.substring(0, summary.length() - 1) : summary, text);
    }

    /** Without block tags; {@code x} and {@link x} as x; HTML tags dropped; white space folded. */
    static String plain(String javadoc) {
        String text = javadoc.replaceAll("(?s)\\n\\s*@\\w+.*", "");
        text = text.replaceAll("\\{@(?:code|literal) ([^{}]*(?:\\{[^{}]*}[^{}]*)*)}", "$1");
        text = text.replaceAll("\\{@link(?:plain)? (?:[^}\\s]*\\s+)?([^}]*)}", "$1");
        text = text.replaceAll("<[^>]+>", "");
        return text.replaceAll("\\s+", " ").trim();
    }
}
