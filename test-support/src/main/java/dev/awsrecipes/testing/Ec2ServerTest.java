package dev.awsrecipes.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An EC2, IAM, STS or SNS integration test, run once on each server of that family ({@link
 * Ec2ServerKind}); the runs are named {@code [localstack]} and {@code [moto]}. The test may declare
 * parameters of type {@link Ec2Server} (whose {@link Ec2Server#newAccount()} gives it an account of its
 * own), {@link dev.awsrecipes.core.Aws} (a session for the server's default account, closed after the
 * run) and, on LocalStack only, {@link LocalStack}. A server that is not there fails the run with a
 * message saying how to start it: nothing is skipped.
 *
 * <p>A test of a feature one server lacks names the servers it runs on and says why:
 *
 * <pre>{@code
 * @Ec2ServerTest(value = Ec2ServerKind.LOCALSTACK, because = "moto ... ")
 * void putMetricAlarm_isListed(Ec2Server server) { ... }
 * }</pre>
 *
 * <p>At the end of the test run {@link Ec2ServersExtension} prints how many runs each server had.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(Ec2ServersExtension.class)
public @interface Ec2ServerTest {
    /** The servers the test runs on: all of them unless a feature is missing on one. */
    Ec2ServerKind[] value() default {Ec2ServerKind.LOCALSTACK, Ec2ServerKind.MOTO};

    /** Why the test runs on fewer than all servers; required then. */
    String because() default "";
}
