package io.github.ratecard.contract;

import io.github.ratecard.audit.AuditLog;
import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.ProjectAccountLink;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.domain.ReportingSettings;
import io.github.ratecard.domain.Transactions;
import io.github.ratecard.ledger.ItemFailures;
import io.github.ratecard.webhook.WebhookEvent;
import io.github.ratecard.webhook.WebhookEvents;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Raises the contracts' threshold alerts: for every account with thresholds and a contract, the thresholds that the
 * retainer balance or the cap of the period holding the month has reached and that no crossing recorded yet. The
 * figures are the Contracts page's ({@link ContractFigures}). Each new crossing is stored, audited and announced to
 * webhooks in one transaction (the store refuses the same crossing twice, so a second run or a second node raises
 * nothing); then one e-mail per account and kind, for its highest new threshold, goes to the user who set the
 * thresholds and the leads of the account's projects. Runs in a background job once per cluster.
 */
public final class ContractWatch {

    static final String AUDIT_TYPE = "contract-alert";

    private final ThresholdStore thresholds;
    private final ContractStore contracts;
    private final ContractFigures figures;
    private final ThresholdMailer mailer;
    private final AccountStore accounts;
    private final ProjectDirectory projects;
    private final AuditLog audit;
    private final WebhookEvents events;
    private final ReportingSettings settings;
    private final Transactions transactions;
    private final Clock clock;

    public ContractWatch(ThresholdStore thresholds, ContractStore contracts, ContractFigures figures, ThresholdMailer mailer, AccountStore accounts,
                         ProjectDirectory projects, AuditLog audit, WebhookEvents events, ReportingSettings settings, Transactions transactions,
                         Clock clock) {
        this.thresholds = thresholds;
        this.contracts = contracts;
        this.figures = figures;
        this.mailer = mailer;
        this.accounts = accounts;
        this.projects = projects;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Today's month in the reporting time zone. */
    public YearMonth thisMonth() {
        return YearMonth.from(LocalDate.now(clock.withZone(settings.reportingZone())));
    }

    /** Checks every account with thresholds in {@code month}; an account that cannot be checked goes to {@code failures}. */
    public List<ThresholdCrossing> check(YearMonth month, ItemFailures failures) {
        List<ThresholdCrossing> raised = new ArrayList<>();
        for (ContractThresholds set : thresholds.all()) {
            try {
                raised.addAll(check(set, month));
            } catch (RuntimeException e) {
                failures.failed("contract " + set.accountKey(), e);
            }
        }
        return raised;
    }

    private List<ThresholdCrossing> check(ContractThresholds set, YearMonth month) {
        Optional<Contract> found = contracts.contract(set.accountKey());
        if (found.isEmpty() || month.isAfter(found.get().validFrom().plusMonths(ContractLimits.LEDGER_MONTHS - 1L))) {
            return List.of();
        }
        Contract contract = found.get();
        List<ThresholdCrossing> raised = new ArrayList<>();
        if (contract.termsIn(month) instanceof Retainer && !set.retainer().isEmpty()) {
            figures.retainerLedger(contract, month, contracts.adjustments(set.accountKey())).stream().filter(row -> row.period().contains(month))
                    .findFirst().ifPresent(row -> raised.addAll(raise(set, ThresholdCrossing.Kind.RETAINER, row.period(),
                            ThresholdRule.reached(row, set.retainer()), ThresholdRule.percent(row).orElse(null))));
        }
        if (contract.termsIn(month) instanceof Cap cap && !set.cap().isEmpty()) {
            YearMonth capFirst = contract.spans().stream().filter(span -> span.terms() == cap).map(TermsSpan::first).findFirst().orElse(month);
            figures.capConsumption(contract, month).stream().filter(row -> row.period().contains(month)).findFirst().ifPresent(row -> {
                ContractPeriod period = cap.scope() == CapScope.TOTAL ? new ContractPeriod(capFirst, row.period().last()) : row.period();
                raised.addAll(raise(set, ThresholdCrossing.Kind.CAP, period, ThresholdRule.reached(row, set.cap()), ThresholdRule.percent(row).orElse(null)));
            });
        }
        return raised;
    }

    private List<ThresholdCrossing> raise(ContractThresholds set, ThresholdCrossing.Kind kind, ContractPeriod period, List<Integer> reached,
                                          java.math.BigDecimal percent) {
        List<ThresholdCrossing> raised = new ArrayList<>();
        for (int threshold : reached) {
            ThresholdCrossing crossing = new ThresholdCrossing(set.accountKey(), kind, period, threshold, Optional.ofNullable(percent), clock.instant());
            if (thresholds.raised(crossing.dedupKey())) {
                continue;
            }
            boolean stored = transactions.inTransaction(() -> {
                if (thresholds.raised(crossing.dedupKey())) {
                    return false;
                }
                thresholds.insert(crossing);
                Map<String, Object> data = document(crossing);
                audit.record(AUDIT_TYPE, crossing.dedupKey(), "raise", null, data);
                events.publish(WebhookEvent.CONTRACT_THRESHOLD_REACHED, "contract:" + set.accountKey(), data);
                return true;
            });
            if (stored) {
                raised.add(crossing);
            }
        }
        if (!raised.isEmpty()) {
            mailer.send(raised.get(raised.size() - 1), recipients(set));
        }
        return raised;
    }

    /** The crossing as the audit entry and the webhook's data show it. */
    static Map<String, Object> document(ThresholdCrossing crossing) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("accountKey", crossing.accountKey());
        data.put("kind", crossing.kind().name().toLowerCase(Locale.ROOT));
        data.put("threshold", crossing.threshold());
        data.put("consumedPercent", crossing.consumedPercent().orElse(null));
        data.put("periodFrom", crossing.period().first().toString());
        data.put("periodTo", crossing.period().last().toString());
        return data;
    }

    /** Who set the thresholds, and the leads of the projects that bill to the account. */
    private Set<String> recipients(ContractThresholds set) {
        Set<String> recipients = new LinkedHashSet<>();
        recipients.add(set.setBy());
        for (ProjectAccountLink link : accounts.linksOfAccount(set.accountKey())) {
            projects.byId(link.projectId()).map(ProjectRef::leadUserKey).filter(lead -> !lead.isBlank()).ifPresent(recipients::add);
        }
        return recipients;
    }
}
