package dev.awsrecipes.examples.ec2;

import dev.awsrecipes.core.Aws;
import java.io.PrintWriter;

/** The EC2 part of the tour. */
public final class Ec2Tour {
    private Ec2Tour() {}

    public static void run(Aws aws, PrintWriter out) {
        LaunchTour.run(aws, out);
        InstanceTour.run(aws, out);
    }
}
