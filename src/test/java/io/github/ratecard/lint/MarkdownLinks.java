package io.github.ratecard.lint;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the relative links of Markdown files: each {@code [text](path#anchor)}, image and
 * reference definition outside code must name a file or folder that exists, and its anchor a
 * heading of the target file, slugged as GitHub does (lower case, punctuation dropped, each space a
 * hyphen, a repeated heading numbered {@code -1}, {@code -2}, …). Links with a scheme
 * ({@code https:}, {@code mailto:}) are not followed.
 */
public final class MarkdownLinks {

    private static final Pattern INLINE_LINK = Pattern.compile("!?\\[(?:[^\\[\\]]|\\[[^\\]]*])*]\\(\\s*(<[^>]*>|[^)\\s]+)(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s*(<[^>]*>|\\S+)");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:name|id)=\"([^\"]+)\"");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?:(?!\\1).)+?\\1");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final List<Path> files;
    private final Map<Path, Set<String>> anchors = new HashMap<>();

    public MarkdownLinks(List<Path> files) {
        this.files = List.copyOf(files);
    }

    /** Every broken link, as {@code file:line: link — why}; empty when all resolve. */
    public List<String> problems() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = proseLines(file);
            for (int i = 0; i < lines.size(); i++) {
                for (String target : targets(lines.get(i))) {
                    String why = brokenBecause(file, target);
                    if (why != null) {
                        problems.add(file + ":" + (i + 1) + ": " + target + " — " + why);
                    }
                }
            }
        }
        return problems;
    }

    /** The anchors a file's headings give, in GitHub's spelling. */
    public Set<String> anchorsOf(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        Set<String> known = anchors.get(key);
        if (known == null) {
            known = new LinkedHashSet<>();
            Map<String, Integer> seen = new HashMap<>();
            for (String line : proseLines(file)) {
                Matcher heading = HEADING.matcher(line);
                if (heading.matches()) {
                    String slug = slug(heading.group(2));
                    int count = seen.merge(slug, 1, Integer::sum);
                    known.add(count == 1 ? slug : slug + "-" + (count - 1));
                }
                Matcher html = HTML_ANCHOR.matcher(line);
                while (html.find()) {
                    known.add(html.group(1));
                }
            }
            anchors.put(key, known);
        }
        return known;
    }

    /** GitHub's anchor for a heading's text. */
    public static String slug(String heading) {
        String text = heading.replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1").replaceAll("<[^>]+>", "").toLowerCase(java.util.Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == ' ') {
                slug.append('-');
            } else if (c == '-' || c == '_' || Character.isLetterOrDigit(c) || isMark(c)) {
                slug.appendCodePoint(c);
            }
        });
        return slug.toString();
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private String brokenBecause(Path from, String target) throws IOException {
        if (SCHEME.matcher(target).find() || target.startsWith("//")) {
            return null;
        }
        int hash = target.indexOf('#');
        String pathPart = URLDecoder.decode(hash < 0 ? target : target.substring(0, hash), StandardCharsets.UTF_8);
        int query = pathPart.indexOf('?');
        if (query >= 0) {
            pathPart = pathPart.substring(0, query);
        }
        Path resolved = pathPart.isEmpty() ? from : resolve(from, pathPart);
        if (!Files.exists(resolved)) {
            return "no such file: " + resolved;
        }
        if (hash < 0) {
            return null;
        }
        String anchor = URLDecoder.decode(target.substring(hash + 1), StandardCharsets.UTF_8);
        if (!resolved.toString().endsWith(".md") || Files.isDirectory(resolved)) {
            return "an anchor into a file that is not Markdown";
        }
        return anchorsOf(resolved).contains(anchor) ? null : "no heading #" + anchor + " in " + resolved;
    }

    /** A path from the file's folder; one starting with a slash from the repository root (the working directory), as GitHub reads it. */
    private static Path resolve(Path from, String path) {
        if (path.startsWith("/")) {
            return Path.of(path.substring(1)).normalize();
        }
        Path folder = from.toAbsolutePath().normalize().getParent();
        return folder.resolve(path).normalize();
    }

    private static List<String> targets(String line) {
        List<String> targets = new ArrayList<>();
        String prose = CODE_SPAN.matcher(line).replaceAll("");
        Matcher definition = REFERENCE_DEFINITION.matcher(prose);
        if (definition.find()) {
            targets.add(unwrap(definition.group(1)));
        }
        Matcher link = INLINE_LINK.matcher(prose);
        while (link.find()) {
            targets.add(unwrap(link.group(1)));
        }
        return targets;
    }

    private static String unwrap(String target) {
        return target.startsWith("<") && target.endsWith(">") ? target.substring(1, target.length() - 1) : target;
    }

    /** The file's lines with those inside fenced code blocks blanked, so line numbers stay true. */
    private static List<String> proseLines(Path file) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        String fence = null;
        for (int i = 0; i < lines.size(); i++) {
            Matcher opening = FENCE.matcher(lines.get(i));
            if (fence == null && opening.find()) {
                fence = opening.group(1);
                lines.set(i, "");
            } else if (fence != null) {
                if (lines.get(i).trim().startsWith(fence)) {
                    fence = null;
                }
                lines.set(i, "");
            }
        }
        return lines;
    }
}
