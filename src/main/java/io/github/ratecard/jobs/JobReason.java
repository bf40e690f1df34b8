package io.github.ratecard.jobs;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a job runs, as a person reads it: the i18n key ({@code ratecard.jobs.reason.<name>}) and its
 * arguments, read back from the English reason the job keeps (so jobs stored before keep their words).
 */
public record JobReason(String key, List<String> arguments) {

    private static final List<Rule> RULES = List.of(
            new Rule("first install", "firstInstall"),
            new Rule("back-fill", "backfill"),
            new Rule("account (.+) changed", "accountChanged"),
            new Rule("default account of (.+) changed", "defaultAccountChanged"),
            new Rule("default account of (.+) removed", "defaultAccountRemoved"),
            new Rule("level of (.+) changed", "levelChanged"),
            new Rule("level of (.+) removed", "levelRemoved"),
            new Rule("rate added", "rateAdded"),
            new Rule("rate period changed", "ratePeriodChanged"),
            new Rule("rate deleted", "rateDeleted"),
            new Rule("settings changed", "settingsChanged"));

    /** The words of a reason the app writes; empty for any other text. */
    public static Optional<JobReason> of(String reason) {
        if (reason == null) {
            return Optional.empty();
        }
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern.matcher(reason);
            if (matcher.matches()) {
                return Optional.of(new JobReason("ratecard.jobs.reason." + rule.name, matcher.groupCount() == 0 ? List.of() : List.of(matcher.group(1))));
            }
        }
        return Optional.empty();
    }

    private record Rule(Pattern pattern, String name) {
        Rule(String pattern, String name) {
            this(Pattern.compile(pattern), name);
        }
    }
}
