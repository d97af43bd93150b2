package dev.awsrecipes.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An S3 integration test, run once on each real S3 server ({@link S3ServerKind}); the runs are named
 * {@code [localstack]} and {@code [versitygw]}. The test may declare parameters of type {@link
 * S3Server}, {@link dev.awsrecipes.core.Aws} (a session for the server's test account, closed after the
 * run) and, on LocalStack only, {@link LocalStack}. A server that is not there fails the run with a
 * message saying how to start it: nothing is skipped.
 *
 * <p>A test of a feature one server lacks names the servers it runs on and says why:
 *
 * <pre>{@code
 * @S3ServerTest(value = S3ServerKind.LOCALSTACK, because = "versitygw does not host websites")
 * void publishWebsite_isServed(Aws aws) { ... }
 * }</pre>
 *
 * <p>At the end of the test run {@link S3ServersExtension} prints how many runs each server had.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(S3ServersExtension.class)
public @interface S3ServerTest {
    /** The servers the test runs on: all of them unless a feature is missing on one. */
    S3ServerKind[] value() default {S3ServerKind.LOCALSTACK, S3ServerKind.VERSITYGW};

    /** Why the test runs on fewer than all servers; required then. */
    String because() default "";
}
