package dev.awsrecipes.examples.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.examples.Usage;
import dev.awsrecipes.s3.BatchResult;
import dev.awsrecipes.s3.KeyFilter;
import dev.awsrecipes.s3.ListSpec;
import dev.awsrecipes.s3.ListedObject;
import dev.awsrecipes.s3.S3Transfers;
import dev.awsrecipes.s3.S3Uri;
import dev.awsrecipes.s3.SyncResult;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * S16: the chores of {@code aws s3} from Java: sync a directory to a prefix (only what changed, deleting what
 * the directory no longer has, never when it is empty), list the prefix with a wildcard, copy it back down,
 * and remove the temporary files. Usage: {@code OperatorsS3Example DIR s3://BUCKET/PREFIX/ RESTORE_DIR}.
 */
public final class OperatorsS3Example {
    private OperatorsS3Example() {}

    public static void main(String[] args) {
        Usage.require(args.length == 3, "OperatorsS3Example DIR s3://BUCKET/PREFIX/ RESTORE_DIR");
        Path directory = Path.of(args[0]);
        S3Uri backup = S3Uri.parse("PREFIX", args[1]);
        try (Aws aws = Aws.create()) {
            S3Transfers s3 = S3Transfers.using(aws);

            // sync: size and time decide, as aws s3 sync; --delete is refused for an empty source
            SyncResult synced = s3.sync(s -> s.source(directory)
                    .target(backup)
                    .delete(true)
                    .filter(KeyFilter.builder().exclude("*.swp").build()));
            System.out.printf(
                    "synced: %d transferred, %d unchanged, %d deleted%n",
                    synced.transferred(), synced.unchanged(), synced.deleted());

            // ls with a wildcard: listed page by page from the pattern's fixed prefix
            try (Stream<ListedObject> logs = s3.listObjects(ListSpec.of(backup.child("*.log"), true))) {
                logs.forEach(o -> System.out.println(o.bytes() + "\t" + o.key()));
            }

            // cp --recursive down: each object verified and renamed into place
            BatchResult restored =
                    s3.copy(c -> c.from(backup).toDirectory(Path.of(args[2])).recursive(true));
            System.out.printf("restored %d objects, %d bytes%n", restored.transferred(), restored.bytes());

            // rm of a pattern: DeleteObjects in batches of 1,000 while listing
            BatchResult removed = s3.deleteObjects(ListSpec.of(backup.child("*.tmp"), true));
            System.out.printf("removed %d temporary objects%n", removed.deleted());
            System.exit(synced.succeeded() && restored.succeeded() && removed.succeeded() ? 0 : 1);
        }
    }
}
