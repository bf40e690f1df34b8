package io.github.ratecard.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds template constructs that only Velocity 1.7 knows. Jira renders plugin templates with its
 * fork of Velocity 1.6.4, which prints such a reference as it stands, or reads it as false in an
 * {@code #if}, so the page silently loses what it meant. {@code $velocityCount} (from 1),
 * {@code $velocityHasNext} and a bare {@code #break} are Velocity 1.6 and pass.
 */
public final class Velocity16Lint {

    private static final Map<Pattern, String> VELOCITY_17_ONLY = Map.of(
            Pattern.compile("(?<!\\\\)\\$!?\\{?foreach\\b"), "$foreach, the loop scope of Velocity 1.7 (use $velocityCount or $velocityHasNext)",
            Pattern.compile("(?<!\\\\)#\\{?@[A-Za-z]"), "a block macro call #@…, Velocity 1.7",
            Pattern.compile("(?<!\\\\)\\$!?\\{?bodyContent\\b"), "$bodyContent, the body of a Velocity 1.7 block macro",
            Pattern.compile("(?<!\\\\)#\\{?break\\}?\\s*\\("), "#break with a scope, Velocity 1.7 (Velocity 1.6 ignores the scope and leaves the innermost #foreach)");
    private static final Pattern COMMENT = Pattern.compile("#\\*.*?\\*#|##[^\\n]*", Pattern.DOTALL);

    private final List<Path> templateRoots;

    public Velocity16Lint(List<Path> templateRoots) {
        this.templateRoots = templateRoots;
    }

    /** Every 1.7-only construct found, one readable sentence each; empty when all is well. */
    public List<String> problems() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path root : templateRoots) {
            for (Path file : templates(root)) {
                String[] lines = withoutComments(Files.readString(file)).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    for (Map.Entry<Pattern, String> construct : VELOCITY_17_ONLY.entrySet()) {
                        if (construct.getKey().matcher(lines[i]).find()) {
                            problems.add(root.relativize(file) + ":" + (i + 1) + " uses " + construct.getValue());
                        }
                    }
                }
            }
        }
        problems.sort(null);
        return problems;
    }

    /** Blanks comments out but keeps their line breaks, so line numbers stay true. */
    private static String withoutComments(String template) {
        Matcher comment = COMMENT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (comment.find()) {
            comment.appendReplacement(out, Matcher.quoteReplacement(comment.group().replaceAll("[^\\n]", " ")));
        }
        comment.appendTail(out);
        return out.toString();
    }

    private static List<Path> templates(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".vm")).sorted().collect(Collectors.toList());
        }
    }
}
