package dev.awsrecipes.s3;

import dev.awsrecipes.core.Aws;
import java.nio.file.Path;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

/**
 * The download a resume test kills: run in a JVM of its own, it downloads an object with every ranged
 * GET slowed down (so the test can kill it between ranges) and prints {@code parts N} as ranges are
 * written. Arguments: endpoint region accessKey secretKey bucket key file partSize delayMillis.
 */
public final class DownloadChildMain {
    private DownloadChildMain() {}

    public static void main(String[] args) {
        try (Aws aws = SlowedChildSession.open(args, GetObjectRequest.class, Long.parseLong(args[8]))) {
            S3Transfers.using(aws).download(d -> d.bucket(args[4])
                    .key(args[5])
                    .file(Path.of(args[6]))
                    .partSize(Long.parseLong(args[7]))
                    .concurrency(2)
                    .listener(p -> SlowedChildSession.reportParts(p.partsDone())));
            System.out.println("finished");
        }
    }
}
