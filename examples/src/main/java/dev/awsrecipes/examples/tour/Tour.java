package dev.awsrecipes.examples.tour;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.examples.ec2.Ec2Tour;
import dev.awsrecipes.examples.monitoring.MonitoringTour;
import dev.awsrecipes.examples.s3.S3Tour;
import dev.awsrecipes.examples.s3.S3TransferTour;
import java.io.PrintWriter;

/**
 * Calls every implemented recipe once against the configured endpoint (LocalStack under {@code
 * scripts/demo}) and prints what each did. Each part cleans up after itself.
 */
public final class Tour {
    private Tour() {}

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        PrintWriter out = new PrintWriter(System.out, true);
        try (Aws aws = Aws.builder().build()) {
            out.println("aws-recipes tour: " + aws);
            S3Tour.run(aws, out);
            S3TransferTour.run(aws, out);
            Ec2Tour.run(aws, out);
            MonitoringTour.run(aws, out);
            out.println("tour finished");
        }
    }
}
