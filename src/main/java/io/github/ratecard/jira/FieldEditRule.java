package io.github.ratecard.jira;

import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.domain.InvalidInputException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whether an edit screen may change a billing field from the value it showed to the value sent:
 * keeping the value is always allowed; changing it needs Manage budgets (or finance) in the
 * issue's project and must pass the field's own check against that project.
 */
public final class FieldEditRule {

    /** The field's check of a changed value against the project; throws {@link InvalidInputException}. */
    public interface ChangeCheck {
        void check(long projectId, String value, String current);
    }

    private final AccessPolicy access;

    public FieldEditRule(AccessPolicy access) {
        this.access = access;
    }

    /**
     * The message to show at the field, or empty. {@code project} and {@code shown} are what the
     * edit screen sent along (the project id and the value it showed); without a project
     * there is nothing to check, and a value the field cannot read is reported by Jira's own check.
     */
    public Optional<String> refusal(String fieldName, String typed, String shown, String project,
                             Function<String, Optional<String>> valueOf, ChangeCheck changeCheck) {
        if (project == null || project.isBlank()) {
            return Optional.empty();
        }
        String value;
        try {
            value = valueOf.apply(typed).orElse(null);
        } catch (InvalidInputException unreadable) {
            return Optional.empty();
        }
        String current = shown == null || shown.isBlank() ? null : shown.trim();
        if (Objects.equals(value, current)) {
            return Optional.empty();
        }
        long projectId;
        try {
            projectId = Long.parseLong(project.trim());
        } catch (NumberFormatException garbled) {
            return Optional.of("The edit screen sent no valid project");
        }
        if (!access.mayManageBudgets(projectId)) {
            return Optional.of("Changing " + fieldName + " needs the Manage budgets permission of the project");
        }
        try {
            changeCheck.check(projectId, value, current);
            return Optional.empty();
        } catch (InvalidInputException refused) {
            return Optional.of(refused.getMessage());
        }
    }
}
