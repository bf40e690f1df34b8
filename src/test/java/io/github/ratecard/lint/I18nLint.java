package io.github.ratecard.lint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks that every i18n key the app uses exists in every locale file, and that no locale
 * file holds a key nothing uses. Keys are collected from the descriptor's i18n attributes,
 * from {@code getText("…")} calls in templates and scripts, and from {@code "ratecard.…"}
 * string literals in Java code; a literal ending in a dot ({@code "ratecard.status."}) is a
 * prefix that marks every key under it as used.
 */
public final class I18nLint {

    private static final Pattern DESCRIPTOR_KEY = Pattern.compile(
            "(?:i18n-name-key|i18n-description-key|<(?:name|description|label|tooltip)[^>]*?\\skey)\\s*=\\s*\"([^\"]+)\"");
    /** A report parameter's name and description are i18n keys as the element's text. */
    private static final Pattern PROPERTY_TEXT_KEY = Pattern.compile("<(?:name|description)>\\s*(ratecard\\.[A-Za-z0-9_.-]+)\\s*</(?:name|description)>");
    private static final Pattern GET_TEXT = Pattern.compile("getText\\(\\s*[\"']([A-Za-z0-9_.-]+)[\"']");
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"(ratecard\\.[A-Za-z0-9_.-]+)\"");

    private final Path descriptor;
    private final List<Path> templateRoots;
    private final List<Path> javaRoots;
    private final Path i18nDir;

    public I18nLint(Path descriptor, List<Path> templateRoots, List<Path> javaRoots, Path i18nDir) {
        this.descriptor = descriptor;
        this.templateRoots = templateRoots;
        this.javaRoots = javaRoots;
        this.i18nDir = i18nDir;
    }

    /** Every problem found, one readable sentence each; empty when all is well. */
    public List<String> problems() throws IOException {
        Set<String> used = usedKeys();
        Map<String, Properties> locales = locales();
        List<String> problems = new ArrayList<>();
        if (locales.isEmpty()) {
            problems.add("No locale files in " + i18nDir);
        }
        for (Map.Entry<String, Properties> locale : locales.entrySet()) {
            for (String key : used) {
                if (!isPrefix(key) && !locale.getValue().containsKey(key)) {
                    problems.add("Key " + key + " is used but missing from " + locale.getKey());
                }
            }
            for (String key : locale.getValue().stringPropertyNames()) {
                if (!isUsed(key, used)) {
                    problems.add("Key " + key + " in " + locale.getKey() + " is not used");
                }
            }
        }
        problems.addAll(nonAsciiProblems());
        return problems;
    }

    Set<String> usedKeys() throws IOException {
        Set<String> used = new TreeSet<>();
        collect(Files.readString(descriptor), DESCRIPTOR_KEY, used);
        collect(Files.readString(descriptor), PROPERTY_TEXT_KEY, used);
        for (Path root : templateRoots) {
            for (Path file : files(root, ".vm", ".js", ".html")) {
                collect(Files.readString(file), GET_TEXT, used);
            }
        }
        for (Path root : javaRoots) {
            for (Path file : files(root, ".java")) {
                collect(Files.readString(file), JAVA_LITERAL, used);
            }
        }
        return used;
    }

    private Map<String, Properties> locales() throws IOException {
        Map<String, Properties> locales = new TreeMap<>();
        for (Path file : files(i18nDir, ".properties")) {
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
            locales.put(file.getFileName().toString(), properties);
        }
        return locales;
    }

    /** Locale files are read as ISO-8859-1 by older hosts: anything else must be a \\u escape. */
    private List<String> nonAsciiProblems() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : files(i18nDir, ".properties")) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).chars().allMatch(c -> c < 128)) {
                    problems.add(file.getFileName() + ":" + (i + 1) + " has a non-ASCII character; write it as a \\u escape");
                }
            }
        }
        return problems;
    }

    private static boolean isPrefix(String key) {
        return key.endsWith(".");
    }

    private static boolean isUsed(String key, Set<String> used) {
        return used.contains(key) || used.stream().anyMatch(u -> isPrefix(u) && key.startsWith(u));
    }

    private static void collect(String text, Pattern pattern, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static List<Path> files(Path root, String... endings) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> Stream.of(endings).anyMatch(e -> p.toString().endsWith(e)))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }
}
