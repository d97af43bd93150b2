package dev.awsrecipes.examples.monitoring;

import dev.awsrecipes.core.Aws;
import java.io.PrintWriter;

/** The monitoring part of the tour: every monitoring recipe once, printing what it did. */
public final class MonitoringTour {
    private MonitoringTour() {}

    public static void run(Aws aws, PrintWriter out) {
        out.println("Monitoring: no recipes yet");
    }
}
