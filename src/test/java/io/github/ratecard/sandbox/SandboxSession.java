package io.github.ratecard.sandbox;

import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.access.ProjectAccess;
import io.github.ratecard.access.Viewer;
import io.github.ratecard.sandbox.model.SbUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Who is asking, for the current request: the sandbox's stand-in for Jira's authentication
 * context. The request filter fills it from cookies; {@link AccessPolicy} answers from the
 * demo user's role.
 */
public final class SandboxSession implements AccessPolicy {

    private static final ThreadLocal<State> CURRENT = ThreadLocal.withInitial(State::new);

    private final LongFunction<String> projectLead;

    /** {@code projectLead} gives the user key of a project's lead. */
    public SandboxSession(LongFunction<String> projectLead) {
        this.projectLead = projectLead;
    }

    static void begin(SbUser user, Locale locale) {
        begin(user, locale, false);
    }

    /** {@code financeGranted}: the user holds Ratecard finance besides their demo role, as an administrator may grant it to themselves. */
    static void begin(SbUser user, Locale locale, boolean financeGranted) {
        State state = new State();
        state.financeGranted = user != null && financeGranted;
        state.user = user == null ? null : new Viewer(user.getUserKey(), user.getDisplayName());
        state.role = user == null ? null : user.getDemoRole();
        state.locale = locale;
        CURRENT.set(state);
    }

    static void end() {
        CURRENT.remove();
    }

    public static Locale locale() {
        return CURRENT.get().locale;
    }

    /** The web resources the page being rendered asked for. */
    static List<String> requiredResources() {
        return CURRENT.get().resources;
    }

    @Override
    public Optional<Viewer> currentViewer() {
        return Optional.ofNullable(CURRENT.get().user);
    }

    @Override
    public boolean currentUserIsAdmin() {
        return "admin".equals(CURRENT.get().role);
    }

    @Override
    public boolean currentUserIsFinance() {
        return "finance".equals(CURRENT.get().role) || CURRENT.get().financeGranted;
    }

    @Override
    public boolean currentUserLeads(long projectId) {
        Viewer user = CURRENT.get().user;
        return user != null && user.userKey().equals(projectLead.apply(projectId));
    }

    /**
     * The demo roles as a permission scheme would grant them: everyone signed in but the guest
     * browses every project; the lead and finance see costs; the lead manages budgets of the
     * projects they lead. The administrator administers Jira but is not granted costs.
     */
    @Override
    public boolean currentUserHas(ProjectAccess access, long projectId) {
        String role = CURRENT.get().role;
        if (role == null) {
            return false;
        }
        return switch (access) {
            case BROWSE -> !"guest".equals(role);
            case VIEW_COSTS -> "finance".equals(role) || currentUserLeads(projectId);
            case MANAGE_BUDGETS -> currentUserLeads(projectId);
        };
    }

    private static final class State {
        Viewer user;
        String role;
        boolean financeGranted;
        Locale locale = Locale.ENGLISH;
        final List<String> resources = new ArrayList<>();
    }
}
