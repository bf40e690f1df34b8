package io.github.ratecard.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A changing call that takes {@code ?dryRun=true} (through {@link Impact#run}); {@link DryRunGuard} refuses it on every other. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Previewable {
}
