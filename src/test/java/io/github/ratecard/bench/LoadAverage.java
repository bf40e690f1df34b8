package io.github.ratecard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;

/** The machine's 1, 5 and 15 minute load averages (Linux), as a note next to figures. */
final class LoadAverage {

    private LoadAverage() {
    }

    static String now() {
        try {
            String[] parts = Files.readString(Paths.get("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
