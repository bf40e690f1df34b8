package io.github.ratecard.app;

import io.github.ratecard.audit.AuditLog;
import io.github.ratecard.billing.AccountStatus;
import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.billing.ProjectAccountLink;
import io.github.ratecard.ledger.AffectedWork;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.domain.Page;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.ledger.RepricingRequests;
import io.github.ratecard.domain.Transactions;
import io.github.ratecard.rates.RateStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Client accounts and the projects that bill to them. Every change is audited; a rejected one changes nothing. */
public final class AccountService {

    static final String ACCOUNT = "account";
    static final String LINK = "project-account";

    private final AccountStore store;
    private final RateStore rates;
    private final ProjectDirectory projects;
    private final AuditLog audit;
    private final Transactions transactions;
    private final RepricingRequests repricing;

    public AccountService(AccountStore store, RateStore rates, ProjectDirectory projects, AuditLog audit, Transactions transactions,
                          RepricingRequests repricing) {
        this.store = store;
        this.rates = rates;
        this.projects = projects;
        this.audit = audit;
        this.transactions = transactions;
        this.repricing = repricing;
    }

    public Page<ClientAccount> accounts(AccountStatus status, int offset, int limit) {
        InvalidInputException.require(offset >= 0, "offset", "offset must not be negative");
        InputLimits.requirePageSize(limit, InputLimits.ACCOUNTS_PAGE);
        return store.accounts(status, offset, limit);
    }

    public ClientAccount account(String key) {
        return store.account(key).orElseThrow(() -> new NotFoundException("No account " + key));
    }

    public ClientAccount create(ClientAccount account) {
        return transactions.inTransaction(() -> {
            if (store.account(account.key()).isPresent()) {
                throw new ConflictException("key", "An account with key " + account.key() + " already exists");
            }
            store.insert(account);
            audit.record(ACCOUNT, account.key(), "create", null, snapshot(account));
            return account;
        });
    }

    /** Replaces everything but the key. The currency stays once bill rates use it. */
    public ClientAccount update(String key, ClientAccount changed) {
        InvalidInputException.require(key.equals(changed.key()), "key", "An account's key cannot be changed");
        return transactions.inTransaction(() -> {
            ClientAccount before = account(key);
            if (!before.currency().equals(changed.currency()) && rates.hasBillRatesFor(key)) {
                throw new ConflictException("currency", "Account " + key + " has bill rates in " + before.currency()
                        + "; its currency cannot change");
            }
            store.update(changed);
            audit.record(ACCOUNT, key, "update", snapshot(before), snapshot(changed));
            if (!before.pricesLike(changed)) {
                repricing.reprice(AffectedWork.ofAccount("account " + key + " changed", key));
            }
            return changed;
        });
    }

    public List<ProjectAccountLink> links(String projectKey) {
        return store.linksOfProject(project(projectKey).id());
    }

    public List<ProjectAccountLink> linksOfAccount(String accountKey) {
        account(accountKey);
        return store.linksOfAccount(accountKey);
    }

    /** Links an OPEN account to the project; the first account linked becomes the default. */
    public ProjectAccountLink link(String projectKey, String accountKey, boolean makeDefault) {
        ProjectRef project = project(projectKey);
        return transactions.inTransaction(() -> {
            ClientAccount account = store.account(accountKey)
                    .orElseThrow(() -> new InvalidInputException("accountKey", "Unknown account: " + accountKey));
            if (!account.isOpen()) {
                throw new ConflictException("accountKey", "Account " + accountKey + " is " + account.status() + "; only open accounts can be linked");
            }
            List<ProjectAccountLink> existing = store.linksOfProject(project.id());
            if (existing.stream().anyMatch(l -> l.accountKey().equals(accountKey))) {
                throw new ConflictException("accountKey", "Account " + accountKey + " is already linked to " + projectKey);
            }
            ProjectAccountLink link = new ProjectAccountLink(project.id(), accountKey, existing.isEmpty());
            store.insertLink(link);
            audit.record(LINK, project.key() + "/" + accountKey, "link", null, snapshot(link));
            if (link.isDefault()) {
                repricing.reprice(AffectedWork.ofProject("default account of " + project.key() + " changed", project.id()));
            }
            if (makeDefault && !link.isDefault()) {
                return makeDefault(project, accountKey);
            }
            return link;
        });
    }

    public void unlink(String projectKey, String accountKey) {
        ProjectRef project = project(projectKey);
        transactions.inTransaction(() -> {
            List<ProjectAccountLink> links = store.linksOfProject(project.id());
            ProjectAccountLink link = linkOf(links, project, accountKey);
            if (link.isDefault() && links.size() > 1) {
                throw new ConflictException("accountKey", accountKey + " is the default account of " + projectKey
                        + "; make another account the default first");
            }
            store.deleteLink(project.id(), accountKey);
            audit.record(LINK, project.key() + "/" + accountKey, "unlink", snapshot(link), null);
            if (link.isDefault()) {
                repricing.reprice(AffectedWork.ofProject("default account of " + project.key() + " removed", project.id()));
            }
            return null;
        });
    }

    public ProjectAccountLink setDefault(String projectKey, String accountKey) {
        ProjectRef project = project(projectKey);
        return transactions.inTransaction(() -> makeDefault(project, accountKey));
    }

    private ProjectAccountLink makeDefault(ProjectRef project, String accountKey) {
        List<ProjectAccountLink> links = store.linksOfProject(project.id());
        ProjectAccountLink link = linkOf(links, project, accountKey);
        if (!link.isDefault()) {
            store.makeDefault(project.id(), accountKey);
            ProjectAccountLink after = new ProjectAccountLink(project.id(), accountKey, true);
            audit.record(LINK, project.key() + "/" + accountKey, "make-default", snapshot(link), snapshot(after));
            repricing.reprice(AffectedWork.ofProject("default account of " + project.key() + " changed", project.id()));
            return after;
        }
        return link;
    }

    private static ProjectAccountLink linkOf(List<ProjectAccountLink> links, ProjectRef project, String accountKey) {
        return links.stream().filter(l -> l.accountKey().equals(accountKey)).findFirst()
                .orElseThrow(() -> new NotFoundException("Account " + accountKey + " is not linked to " + project.key()));
    }

    private ProjectRef project(String projectKey) {
        return projects.byKey(projectKey).orElseThrow(() -> new NotFoundException("No project " + projectKey));
    }

    static Map<String, Object> snapshot(ClientAccount account) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("key", account.key());
        map.put("name", account.name());
        map.put("customerName", account.customerName());
        map.put("currency", account.currency().getCurrencyCode());
        map.put("category", account.category().name());
        map.put("status", account.status().name());
        map.put("incrementMinutes", account.billedTime().incrementMinutes());
        map.put("roundingMode", account.billedTime().mode().name());
        map.put("minimumMinutes", account.billedTime().minimumMinutes());
        map.put("taxRatePercent", account.taxRatePercent().toPlainString());
        map.put("invoicePrefix", account.invoicePrefix());
        return map;
    }

    static Map<String, Object> snapshot(ProjectAccountLink link) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("projectId", link.projectId());
        map.put("accountKey", link.accountKey());
        map.put("default", link.isDefault());
        return map;
    }
}
