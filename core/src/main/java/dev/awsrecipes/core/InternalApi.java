package dev.awsrecipes.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public type in an {@code internal} package that is public only because another package of the
 * project needs it (Java has no narrower visibility across packages). Not API: it may change or go in any
 * release, and it is left out of the javadoc. An architecture test checks that every public type under
 * {@code internal} carries this marker and that no public API type depends on one.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface InternalApi {}
