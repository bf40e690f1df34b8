package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.billing.AccountStatus;
import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.billing.ProjectAccountLink;
import io.github.ratecard.budget.BudgetScope;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The Budget page: {@code ?project=KEY} for a project (View costs to see it, Manage budgets to
 * edit), {@code ?account=KEY} for a client account (finance); without either, finance gets the
 * list of accounts. {@code budget=ID} picks a budget, {@code asOf=YYYY-MM-DD} the day.
 */
public class BudgetPagesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/budget/budget-page.vm";
    static final String ACCOUNTS_TEMPLATE = "templates/budget/account-budgets.vm";
    /** Contract panels one project's page shows at most (a project bills to a few accounts). */
    static final int CONTRACT_PANELS = 5;

    private final transient PageGuard guard;
    private final transient BudgetPage page;
    private final transient ProjectDirectory projects;
    private final transient AccountStore accounts;
    private final transient AccessPolicy access;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient I18nResolver i18n;
    private final transient ContractPanel contracts;

    public BudgetPagesServlet(PageGuard guard, BudgetPage page, ProjectDirectory projects, AccountStore accounts, AccessPolicy access,
                              TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n, ContractPanel contracts) {
        this.contracts = contracts;
        this.guard = guard;
        this.page = page;
        this.projects = projects;
        this.accounts = accounts;
        this.access = access;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!guard.admitSignedIn(request, response)) {
            return;
        }
        String projectKey = request.getParameter("project");
        String accountKey = request.getParameter("account");
        Optional<LocalDate> asOf;
        long budgetId;
        try {
            asOf = Optional.ofNullable(request.getParameter("asOf")).filter(s -> !s.isBlank()).map(s -> LocalDate.parse(s.trim()))
                    .map(day -> io.github.ratecard.domain.BusinessDates.require(day, "asOf"));
            budgetId = Optional.ofNullable(request.getParameter("budget")).filter(s -> !s.isBlank()).map(s -> Long.parseLong(s.trim())).orElse(0L);
        } catch (DateTimeParseException | NumberFormatException | io.github.ratecard.domain.InvalidInputException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "asOf must be a date such as 2026-03-01 between "
                    + io.github.ratecard.domain.BusinessDates.FIRST + " and " + io.github.ratecard.domain.BusinessDates.LAST + ", and budget a number");
            return;
        }
        Map<String, Object> context = new HashMap<>();
        if (projectKey != null) {
            Optional<ProjectRef> project = projects.byKey(projectKey.trim().toUpperCase(Locale.ROOT));
            // a project the user may not browse is answered as unknown, so that no one learns project keys by asking
            if (project.isEmpty() || !access.mayKnowProject(project.get().id())) {
                guard.notFound(request, response);
                return;
            }
            if (!access.mayViewCosts(project.get().id())) {
                guard.refuse(request, response);
                return;
            }
            context.put("view", page.viewOf(new BudgetScope(BudgetScope.Kind.PROJECT, project.get().key()), project.get().name(),
                    access.mayManageBudgets(project.get().id()), budgetId, asOf.orElse(null)).withContracts(contractPanels(accounts.linksOfProject(
                    project.get().id()).stream().sorted(java.util.Comparator.comparing(link -> !link.isDefault())).map(ProjectAccountLink::accountKey).toList())));
            render(TEMPLATE, context, request, response);
            return;
        }
        if (!access.currentUserIsFinance()) {
            guard.refuse(request, response);
            return;
        }
        if (accountKey == null) {
            context.put("accounts", accountRows());
            render(ACCOUNTS_TEMPLATE, context, request, response);
            return;
        }
        Optional<ClientAccount> account = accounts.account(accountKey.trim());
        if (account.isEmpty()) {
            guard.notFound(request, response);
            return;
        }
        context.put("view", page.viewOf(new BudgetScope(BudgetScope.Kind.ACCOUNT, account.get().key()), account.get().name(), true, budgetId,
                asOf.orElse(null)).withContracts(contractPanels(List.of(account.get().key()))));
        render(TEMPLATE, context, request, response);
    }

    /** The contract panels of the accounts that have a contract, at most {@link #CONTRACT_PANELS}. */
    private List<ContractPanelView> contractPanels(List<String> accountKeys) {
        List<ContractPanelView> panels = new java.util.ArrayList<>();
        for (String key : accountKeys.stream().distinct().toList()) {
            accounts.account(key).flatMap(account -> contracts.of(account.key(), account.name())).ifPresent(panels::add);
            if (panels.size() == CONTRACT_PANELS) {
                break;
            }
        }
        return panels;
    }

    /** The accounts, open ones first, each a row: key, name and currency. */
    private List<PageRow> accountRows() {
        List<PageRow> rows = new java.util.ArrayList<>();
        for (AccountStatus status : AccountStatus.values()) {
            for (ClientAccount account : accounts.accounts(status, 0, 200).items()) {
                rows.add(new PageRow(account.key(), account.name(), List.of(account.currency().getCurrencyCode(),
                        i18n.getText("ratecard.accounts.status." + status.name())), status == AccountStatus.OPEN ? "" : "closed", null));
            }
        }
        return rows;
    }

    private void render(String template, Map<String, Object> context, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        pageBuilder.assembler().resources().requireWebResource(WebResources.RATECARD);
        pageBuilder.assembler().resources().requireWebResource(WebResources.BUDGET);
        context.put("i18n", new PageText(i18n));
        context.put("restBase", request.getContextPath() + "/rest/ratecard/1.0");
        context.put("pageUrl", request.getContextPath() + request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()));
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(template, context, response.getWriter());
    }
}
