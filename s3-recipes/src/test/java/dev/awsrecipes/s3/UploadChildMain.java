package dev.awsrecipes.s3;

import dev.awsrecipes.core.Aws;
import java.nio.file.Path;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;

/**
 * The upload a resume test kills: run in a JVM of its own, it uploads a file with every part slowed
 * down (so the test can kill it between parts) and prints {@code parts N} on stdout as parts are stored.
 * Arguments: endpoint region accessKeyId secretKey bucket key file stateDirectory partDelayMillis.
 */
public final class UploadChildMain {
    private UploadChildMain() {}

    public static void main(String[] args) {
        try (Aws aws = SlowedChildSession.open(args, UploadPartRequest.class, Long.parseLong(args[8]))) {
            S3Transfers.using(aws).upload(u -> u.bucket(args[4])
                    .key(args[5])
                    .file(Path.of(args[6]))
                    .stateDirectory(Path.of(args[7]))
                    .partSize(S3Limits.MIN_PART_SIZE)
                    .concurrency(2)
                    .listener(p -> SlowedChildSession.reportParts(p.partsDone())));
            System.out.println("finished");
        }
    }
}
