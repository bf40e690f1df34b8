package io.github.ratecard.packaging;

import java.util.Set;
import java.util.TreeSet;

/** Reads package lists from OSGi manifest headers such as {@code a.b;version="[1,2)",c.d}. */
final class OsgiHeader {

    private OsgiHeader() {
    }

    static Set<String> names(String header) {
        Set<String> names = new TreeSet<>();
        if (header == null) {
            return names;
        }
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                String name = clause.toString().split(";")[0].trim();
                if (!name.isEmpty()) {
                    names.add(name);
                }
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        return names;
    }
}
