package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.billing.AccountCategory;
import io.github.ratecard.billing.AccountStatus;
import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.BilledTimeRule;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.billing.ProjectAccountLink;
import io.github.ratecard.domain.Page;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.java.ao.Query;

/** Client accounts in RC_ACCOUNT and project links in RC_PROJECT_ACCOUNT. */
public class AoAccountStore implements AccountStore {

    private final ActiveObjects ao;

    public AoAccountStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Page<ClientAccount> accounts(AccountStatus status, int offset, int limit) {
        Query filter = status == null ? Query.select() : Query.select().where(AccountEntity.STATUS + " = ?", status.name());
        int total = ao.count(AccountEntity.class, status == null ? Query.select() : Query.select().where(AccountEntity.STATUS + " = ?", status.name()));
        List<ClientAccount> items = Arrays.stream(ao.find(AccountEntity.class, filter.order(AccountEntity.ACCOUNT_KEY).offset(offset).limit(limit)))
                .map(AoAccountStore::account).collect(Collectors.toList());
        return new Page<>(items, offset, limit, total);
    }

    @Override
    public Optional<ClientAccount> account(String key) {
        return Optional.ofNullable(entity(key)).map(AoAccountStore::account);
    }

    @Override
    public void insert(ClientAccount account) {
        Map<String, Object> row = new HashMap<>();
        row.put(AccountEntity.ACCOUNT_KEY, account.key());
        row.put(AccountEntity.NAME, account.name());
        row.put(AccountEntity.CURRENCY, account.currency().getCurrencyCode());
        row.put(AccountEntity.CATEGORY, account.category().name());
        row.put(AccountEntity.STATUS, account.status().name());
        row.put(AccountEntity.INCREMENT_MINUTES, account.billedTime().incrementMinutes());
        row.put(AccountEntity.ROUNDING_MODE, account.billedTime().mode().name());
        row.put(AccountEntity.MINIMUM_MINUTES, account.billedTime().minimumMinutes());
        row.put(AccountEntity.TAX_RATE_BP, account.taxRatePercent().movePointRight(2).intValueExact());
        row.put(AccountEntity.INVOICE_PREFIX, account.invoicePrefix());
        AccountEntity entity = ao.create(AccountEntity.class, row);
        entity.setCustomerName(account.customerName());
        entity.save();
    }

    @Override
    public void update(ClientAccount account) {
        AccountEntity entity = entity(account.key());
        entity.setName(account.name());
        entity.setCustomerName(account.customerName());
        entity.setCurrency(account.currency().getCurrencyCode());
        entity.setCategory(account.category().name());
        entity.setStatus(account.status().name());
        entity.setIncrementMinutes(account.billedTime().incrementMinutes());
        entity.setRoundingMode(account.billedTime().mode().name());
        entity.setMinimumMinutes(account.billedTime().minimumMinutes());
        entity.setTaxRateBp(account.taxRatePercent().movePointRight(2).intValueExact());
        entity.setInvoicePrefix(account.invoicePrefix());
        entity.save();
    }

    @Override
    public List<ProjectAccountLink> linksOfProject(long projectId) {
        return links(Query.select().where(ProjectAccountEntity.PROJECT_ID + " = ?", projectId).order(ProjectAccountEntity.ACCOUNT_KEY));
    }

    @Override
    public List<ProjectAccountLink> linksOfAccount(String accountKey) {
        return links(Query.select().where(ProjectAccountEntity.ACCOUNT_KEY + " = ?", accountKey).order(ProjectAccountEntity.PROJECT_ID));
    }

    @Override
    public void insertLink(ProjectAccountLink link) {
        ao.create(ProjectAccountEntity.class, Map.of(
                ProjectAccountEntity.PROJECT_ID, link.projectId(),
                ProjectAccountEntity.ACCOUNT_KEY, link.accountKey(),
                ProjectAccountEntity.DEFAULT_LINK, link.isDefault()));
    }

    @Override
    public void deleteLink(long projectId, String accountKey) {
        ao.deleteWithSQL(ProjectAccountEntity.class, ProjectAccountEntity.PROJECT_ID + " = ? AND " + ProjectAccountEntity.ACCOUNT_KEY + " = ?",
                projectId, accountKey);
    }

    @Override
    public void makeDefault(long projectId, String accountKey) {
        for (ProjectAccountEntity entity : ao.find(ProjectAccountEntity.class,
                Query.select().where(ProjectAccountEntity.PROJECT_ID + " = ?", projectId))) {
            entity.setDefaultLink(entity.getAccountKey().equals(accountKey));
            entity.save();
        }
    }

    private List<ProjectAccountLink> links(Query query) {
        return Arrays.stream(ao.find(ProjectAccountEntity.class, query))
                .map(e -> new ProjectAccountLink(e.getProjectId(), e.getAccountKey(), e.isDefaultLink()))
                .collect(Collectors.toList());
    }

    private AccountEntity entity(String key) {
        AccountEntity[] found = ao.find(AccountEntity.class, Query.select().where(AccountEntity.ACCOUNT_KEY + " = ?", key));
        return found.length == 0 ? null : found[0];
    }

    private static ClientAccount account(AccountEntity e) {
        return new ClientAccount(e.getAccountKey(), e.getName(), e.getCustomerName(), Currency.getInstance(e.getCurrency()),
                AccountCategory.valueOf(e.getCategory()), AccountStatus.valueOf(e.getStatus()),
                new BilledTimeRule(e.getIncrementMinutes(), BilledTimeRule.Mode.valueOf(e.getRoundingMode()), e.getMinimumMinutes()),
                BigDecimal.valueOf(e.getTaxRateBp(), 2), e.getInvoicePrefix());
    }
}
