package dev.awsrecipes.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.testing.S3Server;
import dev.awsrecipes.testing.S3ServerTest;
import dev.awsrecipes.testing.TestFiles;
import dev.awsrecipes.testing.ThrottlingInjector;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * S3's {@code SlowDown} on every call of an upload is absorbed by the session's retries (the SDK's
 * standard strategy, with its back-off for throttling): the upload succeeds, byte-identical, and no
 * failure reaches the caller — not even the engine's own part retries see one.
 */
class S3ThrottlingIT {
    private static final long MIB = S3Limits.MIB;

    @TempDir
    Path dir;

    @S3ServerTest
    void upload_slowDownOnEveryMultipartCall_isRetriedAndTheUploadSucceedsWithoutAFailureSurfacing(S3Server server)
            throws Exception {
        // Create and Complete are not idempotent: they are throttled at the front door, before the
        // server acts, as S3 does; a replaced response would create a second upload or complete twice.
        FrontDoorSlowDown frontDoor = new FrontDoorSlowDown(2, "CreateMultipartUpload", "CompleteMultipartUpload");
        // Parts are: the real response is replaced by S3's own 503 SlowDown error document.
        ThrottlingInjector parts =
                new ThrottlingInjector(ThrottlingInjector.Protocol.S3_XML, "SlowDown", 3, "UploadPart");
        Path file = TestFiles.random(dir.resolve("throttled.bin"), 16 * MIB + 7, 21);
        List<String> surfaced = new CopyOnWriteArrayList<>();
        try (Aws aws = server.sessionBuilder()
                        .addInterceptor(frontDoor)
                        .addInterceptor(parts)
                        .build();
                TestBucket bucket = new TestBucket(aws.client(S3Recipes.S3))) {
            UploadResult result = S3Transfers.using(aws).upload(u -> u.bucket(bucket.name())
                    .key("throttled.bin")
                    .file(file)
                    .partSize(5 * MIB)
                    .concurrency(2)
                    .stateDirectory(dir.resolve("state"))
                    .listener(retriesInto(surfaced)));

            assertThat(frontDoor.injected())
                    .containsEntry("CreateMultipartUpload", 2)
                    .containsEntry("CompleteMultipartUpload", 2);
            assertThat(parts.injected()).isEqualTo(3);
            assertThat(surfaced).as("part failures the engine saw").isEmpty();
            assertThat(result.parts()).isEqualTo(4);
            S3Client s3 = aws.client(S3Recipes.S3);
            assertThat(StoredObjects.sha256(s3, bucket.name(), "throttled.bin")).isEqualTo(TestFiles.sha256(file));
            assertThat(s3.listMultipartUploads(r -> r.bucket(bucket.name())).uploads())
                    .isEmpty();
        }
    }

    @S3ServerTest
    void upload_slowDownOnPutObject_isRetriedAndTheObjectIsStored(S3Server server) throws Exception {
        ThrottlingInjector throttling =
                new ThrottlingInjector(ThrottlingInjector.Protocol.S3_XML, "SlowDown", 2, "PutObject");
        Path file = TestFiles.random(dir.resolve("small.bin"), 700_000, 22);
        List<String> surfaced = new CopyOnWriteArrayList<>();
        try (Aws aws = server.sessionBuilder().addInterceptor(throttling).build();
                TestBucket bucket = new TestBucket(aws.client(S3Recipes.S3))) {
            UploadResult result = S3Transfers.using(aws).upload(u -> u.bucket(bucket.name())
                    .key("small.bin")
                    .file(file)
                    .stateDirectory(dir.resolve("state"))
                    .listener(retriesInto(surfaced)));

            assertThat(throttling.injected()).isEqualTo(2);
            assertThat(surfaced).as("failures the engine saw").isEmpty();
            assertThat(result.multipart()).isFalse();
            S3Client s3 = aws.client(S3Recipes.S3);
            assertThat(StoredObjects.sha256(s3, bucket.name(), "small.bin")).isEqualTo(TestFiles.sha256(file));
            assertThat(s3.headObject(r -> r.bucket(bucket.name()).key("small.bin"))
                            .contentLength())
                    .isEqualTo(700_000);
        }
    }

    private static UploadListener retriesInto(List<String> surfaced) {
        return new UploadListener() {
            @Override
            public void progress(UploadProgress progress) {}

            @Override
            public void partRetried(int partNumber, int attempt, Throwable error) {
                surfaced.add(partNumber + "/" + attempt + ": " + error);
            }
        };
    }

    /**
     * Refuses the first {@code failures} attempts of each named operation with 503 SlowDown before
     * they are sent, so the server never acts on them.
     */
    private static final class FrontDoorSlowDown implements ExecutionInterceptor {
        private final Set<String> operations;
        private final int failures;
        private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();

        FrontDoorSlowDown(int failures, String... operations) {
            this.failures = failures;
            this.operations = Set.of(operations);
        }

        Map<String, Integer> injected() {
            Map<String, Integer> counts = new ConcurrentHashMap<>();
            seen.forEach((op, n) -> counts.put(op, Math.min(n.get(), failures)));
            return counts;
        }

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
            if (!operations.contains(operation)) {
                return;
            }
            if (seen.computeIfAbsent(operation, o -> new AtomicInteger()).getAndIncrement() < failures) {
                throw S3Exception.builder()
                        .statusCode(503)
                        .message("Please reduce your request rate.")
                        .awsErrorDetails(AwsErrorDetails.builder()
                                .errorCode("SlowDown")
                                .errorMessage("Please reduce your request rate.")
                                .serviceName("S3")
                                .build())
                        .build();
            }
        }
    }
}
