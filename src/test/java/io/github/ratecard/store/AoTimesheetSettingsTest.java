package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.approval.Cadence;
import io.github.ratecard.testing.ao.TestDatabase;
import org.junit.After;
import org.junit.Test;

/** Each project's timesheet settings: weekly and submitted by hand until set otherwise. */
public class AoTimesheetSettingsTest {

    private final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    private final AoTimesheetSettings target = new AoTimesheetSettings(database.activeObjects());

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void projectWithoutSettings_shouldRunWeeklyTimesheetsSubmittedByHand() {
        assertEquals(Cadence.WEEK, target.cadence(10));
        assertFalse(target.autoSubmit(10));
    }

    @Test
    public void settings_shouldBeKeptPerProject() {
        target.setCadence(10, Cadence.MONTH);
        target.setAutoSubmit(10, true);

        assertEquals(Cadence.MONTH, target.cadence(10));
        assertTrue(target.autoSubmit(10));
        assertEquals(Cadence.WEEK, target.cadence(11));
    }

    @Test
    public void changedSetting_shouldReplaceTheEarlierOne() {
        target.setCadence(10, Cadence.MONTH);

        target.setCadence(10, Cadence.WEEK);

        assertEquals(Cadence.WEEK, target.cadence(10));
    }
}
