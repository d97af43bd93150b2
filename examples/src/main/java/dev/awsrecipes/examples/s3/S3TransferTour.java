package dev.awsrecipes.examples.s3;

import dev.awsrecipes.core.Aws;
import java.io.PrintWriter;

/** The upload-engine part of the tour. */
public final class S3TransferTour {
    private S3TransferTour() {}

    public static void run(Aws aws, PrintWriter out) {
        out.println("S3 transfers: no recipes yet");
    }
}
