package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One accounting export: when (epoch millis), by whom, in which format, for which days (epoch days), how many documents. */
@Table("RC_ACC_EXPORT")
public interface AccountingExportEntity extends Entity {

    String AT_MILLIS = "AT_MILLIS";
    String EXPORTED_BY = "EXPORTED_BY";
    String FORMAT = "FORMAT";
    String FIRST_DAY = "FIRST_DAY";
    String LAST_DAY = "LAST_DAY";
    String DOCUMENTS = "DOCUMENTS";

    @NotNull
    @Indexed
    Long getAtMillis();

    void setAtMillis(Long millis);

    @StringLength(255)
    String getExportedBy();

    void setExportedBy(String userKey);

    @NotNull
    @StringLength(20)
    String getFormat();

    void setFormat(String format);

    @NotNull
    Long getFirstDay();

    void setFirstDay(Long epochDay);

    @NotNull
    Long getLastDay();

    void setLastDay(Long epochDay);

    int getDocuments();

    void setDocuments(int count);
}
