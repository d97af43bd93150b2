package dev.awsrecipes.examples.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.examples.Usage;
import dev.awsrecipes.s3.DownloadResult;
import dev.awsrecipes.s3.S3Transfers;
import java.nio.file.Path;

/**
 * S15: downloads an object in parallel ranges into a new file, printing progress, verified against the
 * checksum S3 stores. Add {@code --resume} to continue a download that was interrupted. Usage: {@code
 * DownloadExample BUCKET KEY FILE [--resume]}.
 */
public final class DownloadExample {
    private DownloadExample() {}

    public static void main(String[] args) {
        Usage.require(args.length >= 3, "DownloadExample BUCKET KEY FILE [--resume]");
        boolean resume = args.length > 3 && args[3].equals("--resume");
        try (Aws aws = Aws.create()) {
            DownloadResult result = S3Transfers.using(aws).download(d -> d.bucket(args[0])
                    .key(args[1])
                    .file(Path.of(args[2]))
                    .resume(resume)
                    .listener(p -> System.out.printf(
                            "%5.1f%%  %d/%d parts%n", 100 * p.fraction(), p.partsDone(), p.partsTotal())));
            System.out.println("written and verified (" + result.checksum() + "): " + result.file());
        }
    }
}
