package io.github.ratecard.testing.ao;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.Table;

/** A small entity that exercises the test database and the facade adapter. */
@Table("TST_NOTE")
public interface SampleNote extends RawEntity<Long> {

    String ID = "ID";
    String TOPIC = "TOPIC";

    @AutoIncrement
    @NotNull
    @PrimaryKey(ID)
    long getId();

    @NotNull
    @Indexed
    String getTopic();

    void setTopic(String topic);

    String getText();

    void setText(String text);
}
