package dev.awsrecipes.examples.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.examples.Usage;
import dev.awsrecipes.s3.S3Transfers;
import dev.awsrecipes.s3.StaleUpload;
import java.time.Duration;
import java.util.List;

/**
 * Lists multipart uploads in a bucket that were started more than a week ago (or the given ISO
 * duration) and never finished; with {@code --abort}, aborts them. Usage: {@code StaleUploadsExample
 * BUCKET [P7D] [--abort]}.
 */
public final class StaleUploadsExample {
    private StaleUploadsExample() {}

    public static void main(String[] args) {
        Usage.require(args.length >= 1, "StaleUploadsExample BUCKET [P7D] [--abort]");
        Duration age = args.length > 1 && !args[1].startsWith("--") ? Duration.parse(args[1]) : Duration.ofDays(7);
        boolean abort = List.of(args).contains("--abort");
        try (Aws aws = Aws.create()) {
            S3Transfers transfers = S3Transfers.using(aws);
            List<StaleUpload> uploads =
                    abort ? transfers.abortStaleUploads(args[0], age) : transfers.staleUploads(args[0], age);
            uploads.forEach(u -> System.out.println((abort ? "aborted " : "") + u));
            System.out.println(uploads.size() + " stale upload(s)");
        }
    }
}
