package dev.awsrecipes.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.testing.S3Server;
import dev.awsrecipes.testing.S3ServerTest;
import dev.awsrecipes.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.MultipartUpload;

/**
 * The uploading process killed (SIGKILL, no chance to clean up) at seeded random points, several
 * times: after a random number of stored parts and a random moment into the next ones. Each time a
 * resumed upload keeps what S3 holds, sends the rest, and the object is byte-identical.
 */
class UploadKillResumeIT {
    private static final long MIB = S3Limits.MIB;
    /** 7 parts of 5 MiB, the last one short. */
    private static final long SIZE = 30 * MIB + 4_321;

    private static final int PARTS = 7;
    private static final long PART_DELAY_MILLIS = 300;
    /** Seeds whose kill points fall after 2, 1 and 4 parts: early, very early and late. */
    private static final long[] SEEDS = {1, 2, 10};

    @TempDir
    Path dir;

    @S3ServerTest
    void upload_killedAtRandomPoints_resumeIsByteIdenticalEveryTimeAndLeavesNoUpload(S3Server server, Aws aws)
            throws Exception {
        S3Client s3 = aws.client(S3Recipes.S3);
        List<String> runs = new ArrayList<>();
        try (TestBucket bucket = new TestBucket(s3)) {
            for (long seed : SEEDS) {
                SplittableRandom random = new SplittableRandom(seed);
                // Never near the end, so the child cannot finish before it is killed.
                int killAfter = 1 + random.nextInt(PARTS - 3);
                long extraMillis = random.nextInt((int) (PART_DELAY_MILLIS / 2));
                String key = "killed/" + seed + ".bin";
                Path file = TestFiles.random(dir.resolve(seed + ".bin"), SIZE, seed);
                Path state = dir.resolve("state-" + seed);

                int reported = uploadThenKill(server, bucket.name(), key, file, state, killAfter, extraMillis);
                List<MultipartUpload> open = s3.listMultipartUploads(
                                r -> r.bucket(bucket.name()).prefix(key))
                        .uploads();
                assertThat(open)
                        .as("seed %d: the killed upload is still open", seed)
                        .hasSize(1);

                UploadResult result = S3Transfers.using(aws).upload(u -> u.bucket(bucket.name())
                        .key(key)
                        .file(file)
                        .partSize(S3Limits.MIN_PART_SIZE)
                        .stateDirectory(state)
                        .resume(true));

                runs.add("seed " + seed + ": killed after " + reported + " parts (+" + extraMillis + " ms), "
                        + result.partsResumed() + " kept");
                assertThat(result.parts()).as(runs.get(runs.size() - 1)).isEqualTo(PARTS);
                assertThat(result.partsResumed())
                        .as("%s: the parts reported before the kill are kept", runs.get(runs.size() - 1))
                        .isBetween(reported, PARTS);
                assertThat(StoredObjects.sha256(s3, bucket.name(), key))
                        .as("%s: the object read back with GetObject", runs.get(runs.size() - 1))
                        .isEqualTo(TestFiles.sha256(file));
                assertThat(s3.listMultipartUploads(r -> r.bucket(bucket.name())).uploads())
                        .as("%s: ListMultipartUploads after the resume", runs.get(runs.size() - 1))
                        .isEmpty();
                assertThat(state).as(runs.get(runs.size() - 1)).isEmptyDirectory();
                Files.delete(file);
            }
        }
        assertThat(runs).as(String.join("; ", runs)).hasSize(SEEDS.length);
    }

    /**
     * Runs the upload in another JVM ({@link UploadChildMain}), kills it {@code extraMillis} after it
     * reports {@code killAfter} stored parts, and returns the parts it reported.
     */
    private static int uploadThenKill(
            S3Server server, String bucket, String key, Path file, Path state, int killAfter, long extraMillis)
            throws Exception {
        // extraMillis: a random moment into the parts in flight, not always right after one was stored.
        int parts = ChildTransfer.runAndKill(
                UploadChildMain.class,
                List.of(
                        server.endpoint().toString(),
                        server.region().id(),
                        server.accessKeyId(),
                        server.secretKey(),
                        bucket,
                        key,
                        file.toString(),
                        state.toString(),
                        Long.toString(PART_DELAY_MILLIS)),
                killAfter,
                extraMillis);
        assertThat(parts).as("parts the child reported before it was killed").isGreaterThanOrEqualTo(killAfter);
        try (Stream<Path> files = Files.list(state)) {
            assertThat(files.count()).as("the state file the child left").isEqualTo(1);
        }
        return parts;
    }
}
