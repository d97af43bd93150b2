package dev.awsrecipes.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.testing.S3ServerTest;
import dev.awsrecipes.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** S3Transfers.copy as a JVM service uses it: up, across and down, a move deleting only what it copied. */
class CopyIT {
    private static final long MIB = S3Limits.MIB;

    @TempDir
    Path dir;

    @S3ServerTest
    void copyUp_copyPrefixAcross_moveDown_eachStepHeardAndVerified(Aws aws) throws Exception {
        S3Client s3 = aws.client(S3Recipes.S3);
        Path root = Files.createDirectories(dir.resolve("tree/ünï"));
        Files.writeString(root.resolve("a b+c.txt"), "abc");
        Files.writeString(dir.resolve("tree/skip.tmp"), "tmp");
        TestFiles.random(dir.resolve("tree/big.bin"), 11 * MIB, 5);
        S3Transfers transfers = S3Transfers.using(aws);
        try (TestBucket bucket = new TestBucket(s3)) {
            S3Uri up = new S3Uri(bucket.name(), "up");
            Queue<String> heard = new ConcurrentLinkedQueue<>();
            BatchResult uploaded = transfers.copy(c -> c.from(dir.resolve("tree"))
                    .to(up)
                    .recursive(true)
                    .filter(KeyFilter.builder().exclude("*.tmp").build())
                    .perUpload(u -> u.partSize(5 * MIB).stateDirectory(dir.resolve("state")))
                    .listener((step, error) -> heard.add(step.verb() + (error == null ? "" : " failed"))));

            assertThat(uploaded.succeeded()).as("%s", uploaded.failures()).isTrue();
            assertThat(uploaded.transferred()).isEqualTo(2);
            assertThat(uploaded.bytes()).isEqualTo(11 * MIB + 3);
            assertThat(heard).containsExactly("upload", "upload");
            assertThat(keys(s3, bucket.name(), "up/")).containsExactlyInAnyOrder("up/big.bin", "up/ünï/a b+c.txt");

            BatchResult across = transfers.copyPrefix(up, new S3Uri(bucket.name(), "across/"));
            assertThat(across.transferred()).isEqualTo(2);
            assertThat(keys(s3, bucket.name(), "across/"))
                    .containsExactlyInAnyOrder("across/big.bin", "across/ünï/a b+c.txt");

            CopyPlan plan = transfers.planCopy(c -> c.from(new S3Uri(bucket.name(), "across/"))
                    .to(dir.resolve("down"))
                    .recursive(true)
                    .move(true));
            assertThat(plan.actions()).allMatch(a -> a.verb().equals("move"));
            assertThat(keys(s3, bucket.name(), "across/"))
                    .as("planning changes nothing")
                    .hasSize(2);

            BatchResult moved = transfers.copy(c -> c.from(new S3Uri(bucket.name(), "across/"))
                    .to(dir.resolve("down"))
                    .recursive(true)
                    .move(true));
            assertThat(moved.transferred()).isEqualTo(2);
            assertThat(keys(s3, bucket.name(), "across/")).isEmpty();
            assertThat(TestFiles.sha256(dir.resolve("down/big.bin")))
                    .isEqualTo(TestFiles.sha256(dir.resolve("tree/big.bin")));
            assertThat(dir.resolve("down/ünï/a b+c.txt")).hasContent("abc");
            assertThat(keys(s3, bucket.name(), "up/"))
                    .as("the first copy stays")
                    .hasSize(2);
        }
    }

    private static List<String> keys(S3Client s3, String bucket, String prefix) {
        return s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix)).contents().stream()
                .map(S3Object::key)
                .toList();
    }
}
