package io.github.ratecard.store;

import java.util.List;
import net.java.ao.RawEntity;

/** Every Active Objects entity of the app; the descriptor's {@code <ao>} module lists the same. */
public final class Entities {

    public static final List<Class<? extends RawEntity<?>>> ALL = List.of(
            SettingEntity.class,
            AuditEntity.class,
            LevelEntity.class,
            LevelAssignmentEntity.class,
            AccountEntity.class,
            ProjectAccountEntity.class,
            RateEntity.class,
            LedgerEntity.class,
            RollupEntity.class,
            JobEntity.class,
            RetryEntity.class,
            IssueBillingEntity.class,
            WorklogOverrideEntity.class,
            BudgetEntity.class,
            AlertEntity.class,
            InvoiceEntity.class,
            InvoiceNumberEntity.class,
            InvoiceLineEntity.class,
            InvoicedWorkEntity.class,
            InvoiceChoiceEntity.class,
            SequenceEntity.class,
            AdjustmentEntity.class,
            ExpenseEntity.class,
            OverheadEntity.class,
            BuyerTermsEntity.class,
            InvoicePartiesEntity.class,
            RequestKeyEntity.class,
            TimesheetEntity.class,
            TimesheetEventEntity.class,
            PeriodCloseEntity.class,
            PeriodCloseEventEntity.class,
            PendingChangeEntity.class,
            PendingResolutionEntity.class,
            CapacityHoursEntity.class,
            HolidayEntity.class,
            UserCountryEntity.class,
            AbsenceEntity.class,
            HintEntity.class,
            HintRunEntity.class,
            HintDigestEntity.class,
            FxRateEntity.class,
            ContractEntity.class,
            ContractTermsEntity.class,
            InstalmentEntity.class,
            BalanceAdjustmentEntity.class,
            WebhookEndpointEntity.class,
            WebhookDeliveryEntity.class,
            EInvoiceTermsEntity.class,
            AccountingExportEntity.class,
            AccountingExportDocEntity.class,
            MarginSnapshotEntity.class);

    private Entities() {
    }

    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] array() {
        return ALL.toArray(new Class[0]);
    }
}
