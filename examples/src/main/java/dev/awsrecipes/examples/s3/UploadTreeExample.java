package dev.awsrecipes.examples.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.examples.Usage;
import dev.awsrecipes.s3.S3Transfers;
import dev.awsrecipes.s3.TreeUploadResult;
import java.nio.file.Path;

/**
 * S14: uploads a directory under a key prefix; with {@code --remove-source} each file is deleted once
 * its object is verified. Usage: {@code UploadTreeExample BUCKET PREFIX DIR [--remove-source]}.
 */
public final class UploadTreeExample {
    private UploadTreeExample() {}

    public static void main(String[] args) {
        Usage.require(args.length >= 3, "UploadTreeExample BUCKET PREFIX DIR [--remove-source]");
        boolean remove = args.length > 3 && args[3].equals("--remove-source");
        try (Aws aws = Aws.create()) {
            TreeUploadResult result = S3Transfers.using(aws).uploadTree(t -> t.bucket(args[0])
                    .prefix(args[1])
                    .directory(Path.of(args[2]))
                    .removeSource(remove));
            result.uploaded().forEach(f -> System.out.println(f.key() + (f.removed() ? " (source removed)" : "")));
            result.failed().forEach(f -> System.out.println("FAILED " + f.file() + ": " + f.message()));
            System.exit(result.complete() ? 0 : 1);
        }
    }
}
