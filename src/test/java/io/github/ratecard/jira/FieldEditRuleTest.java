package io.github.ratecard.jira;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/** Who may change a billing field on Jira's edit screen, and which changes the field refuses. */
public class FieldEditRuleTest {

    private static final String PROJECT = "10000";

    private final AccessPolicy access = mock(AccessPolicy.class);
    private final FieldEditRule target = new FieldEditRule(access);
    private final List<String> checked = new ArrayList<>();

    @Test
    public void keepingTheShownValue_shouldNeedNoPermission() {
        assertEquals(Optional.empty(), refusal("ACME", " ACME "));
        assertEquals(Optional.empty(), refusal("", ""));
        assertEquals(List.of(), checked);
    }

    @Test
    public void changingTheValue_shouldNeedManageBudgets() {
        assertEquals(Optional.of("Changing Account needs the Manage budgets permission of the project"), refusal("GLOBEX", "ACME"));
        assertEquals(List.of(), checked);
    }

    @Test
    public void changeByALeadOrFinance_shouldPassTheFieldsCheckAgainstTheProject() {
        when(access.mayManageBudgets(10000L)).thenReturn(true);

        assertEquals(Optional.empty(), refusal("GLOBEX", "ACME"));
        assertEquals(List.of("10000:GLOBEX<-ACME"), checked);
    }

    @Test
    public void changeTheFieldRefuses_shouldShowItsMessage() {
        when(access.mayManageBudgets(10000L)).thenReturn(true);

        assertEquals(Optional.of("Account NOPE is not linked"), refusal("NOPE", ""));
    }

    @Test
    public void editWithoutAProject_shouldLeaveTheChecksToJira() {
        assertEquals(Optional.empty(), target.refusal("Account", "GLOBEX", "ACME", null, this::valueOf, this::check));
    }

    @Test
    public void garbledProject_shouldBeRefused() {
        assertEquals(Optional.of("The edit screen sent no valid project"),
                target.refusal("Account", "GLOBEX", "ACME", "ten", this::valueOf, this::check));
    }

    @Test
    public void unreadableValue_shouldBeLeftToTheFieldsOwnError() {
        assertEquals(Optional.empty(), refusal("bad value", "ACME"));
    }

    private Optional<String> refusal(String typed, String shown) {
        return target.refusal("Account", typed, shown, PROJECT, this::valueOf, this::check);
    }

    /** Blank is empty; a value with a space cannot be read; anything else is taken trimmed. */
    private Optional<String> valueOf(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        if (typed.trim().contains(" ")) {
            throw new InvalidInputException("account", "unreadable");
        }
        return Optional.of(typed.trim());
    }

    private void check(long projectId, String value, String current) {
        if ("NOPE".equals(value)) {
            throw new InvalidInputException("account", "Account NOPE is not linked");
        }
        checked.add(projectId + ":" + value + "<-" + current);
    }
}
