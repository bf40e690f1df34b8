package io.github.ratecard.jira;

import com.atlassian.jira.timezone.TimeZoneManager;
import java.time.ZoneId;
import java.util.function.Supplier;

/** Jira's default user time zone: where reporting days fall until finance chooses a zone. */
public class JiraDefaultZone implements Supplier<ZoneId> {

    private final TimeZoneManager timeZoneManager;

    public JiraDefaultZone(TimeZoneManager timeZoneManager) {
        this.timeZoneManager = timeZoneManager;
    }

    @Override
    public ZoneId get() {
        return timeZoneManager.getDefaultTimezone().toZoneId();
    }
}
