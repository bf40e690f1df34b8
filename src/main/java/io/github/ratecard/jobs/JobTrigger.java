package io.github.ratecard.jobs;

/** Asks the cluster's background job to run soon, instead of at its next interval. */
public interface JobTrigger {

    void runSoon();

    JobTrigger NONE = () -> { };
}
