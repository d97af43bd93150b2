package dev.awsrecipes.examples.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.examples.Usage;
import dev.awsrecipes.s3.S3Transfers;
import dev.awsrecipes.s3.UploadResult;
import java.nio.file.Path;

/**
 * S12: uploads a file in parallel parts, printing progress, and verifies it. Add {@code --resume} to
 * continue an upload that was interrupted. Usage: {@code UploadExample BUCKET KEY FILE [--resume]}.
 */
public final class UploadExample {
    private UploadExample() {}

    public static void main(String[] args) {
        Usage.require(args.length >= 3, "UploadExample BUCKET KEY FILE [--resume]");
        boolean resume = args.length > 3 && args[3].equals("--resume");
        try (Aws aws = Aws.create()) {
            UploadResult result = S3Transfers.using(aws).upload(u -> u.bucket(args[0])
                    .key(args[1])
                    .file(Path.of(args[2]))
                    .resume(resume)
                    .listener(p -> System.out.printf(
                            "%5.1f%%  %d/%d parts%n", 100 * p.fraction(), p.partsDone(), p.partsTotal())));
            System.out.println("stored and verified: " + result);
        }
    }
}
