package dev.awsrecipes.examples.ec2;

import dev.awsrecipes.core.Aws;
import java.io.PrintWriter;

/** The tour of the {@code InstanceRecipes} of EC2: each once, printing what it did, leaving nothing behind. */
public final class InstanceTour {
    private InstanceTour() {}

    public static void run(Aws aws, PrintWriter out) {
        out.println("EC2 instance recipes: none yet");
    }
}
