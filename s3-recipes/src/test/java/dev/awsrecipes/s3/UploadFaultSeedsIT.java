package dev.awsrecipes.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.testing.S3Server;
import dev.awsrecipes.testing.S3ServerTest;
import dev.awsrecipes.testing.TestFiles;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;

/**
 * Part failures at random, over many seeds: whatever fails, an upload either completes byte-identical
 * or is aborted with nothing left behind (no open upload, no object, no state file). Each seed decides,
 * for every (part, attempt), whether that attempt fails and how, so a seed always fails the same
 * attempts whatever order the parts' threads run in; the test predicts each outcome from that table.
 */
class UploadFaultSeedsIT {
    private static final long MIB = S3Limits.MIB;
    private static final int SEEDS = 20;
    private static final int PART_ATTEMPTS = 3;
    private static final int MAX_PARTS = 4;
    /** Chance that one attempt fails; with 3 attempts and 3-4 parts both outcomes are common. */
    private static final double FAILURE_PROBABILITY = 0.5;

    @TempDir
    Path dir;

    @S3ServerTest
    void upload_partsFailingAtRandomOverManySeeds_eitherCompletesByteIdenticalOrLeavesNothing(S3Server server)
            throws Exception {
        int completed = 0;
        int aborted = 0;
        Map<Fault, Integer> injected = new EnumMap<>(Fault.class);
        try (Aws plain = server.session();
                TestBucket bucket = new TestBucket(plain.client(S3Recipes.S3))) {
            S3Client s3 = plain.client(S3Recipes.S3);
            for (long seed = 1; seed <= SEEDS; seed++) {
                SeededPartFaults faults = new SeededPartFaults(seed);
                boolean success = runOne(server, s3, bucket.name(), seed, faults);
                assertThat(success)
                        .as("seed %d: outcome predicted from its fault table %s", seed, faults)
                        .isEqualTo(faults.uploadCanSucceed(partsFor(seed)));
                if (success) {
                    completed++;
                } else {
                    aborted++;
                }
                faults.injected().forEach((kind, n) -> injected.merge(kind, n, Integer::sum));
            }
        }
        String summary = SEEDS + " seeds: " + completed + " completed byte-identical, " + aborted
                + " aborted with nothing left; faults injected " + injected;
        assertThat(completed).as(summary).isPositive();
        assertThat(aborted).as(summary).isPositive();
        assertThat(injected.keySet()).as(summary).containsExactlyInAnyOrder(Fault.values());
    }

    /** One upload under the seed's faults; checks its outcome and returns whether it completed. */
    private boolean runOne(S3Server server, S3Client s3, String bucket, long seed, SeededPartFaults faults)
            throws Exception {
        long size = 11 * MIB + new SplittableRandom(~seed).nextInt((int) (5 * MIB));
        Path file = TestFiles.random(dir.resolve("seed-" + seed + ".bin"), size, seed);
        Path state = dir.resolve("state-" + seed);
        String key = "seeds/" + seed + ".bin";
        // One SDK attempt per call, so every injected fault reaches the engine's own part retries.
        try (Aws aws =
                server.sessionBuilder().maxAttempts(1).addInterceptor(faults).build()) {
            UploadResult result;
            try {
                result = S3Transfers.using(aws).upload(u -> u.bucket(bucket)
                        .key(key)
                        .file(file)
                        .partSize(5 * MIB)
                        .concurrency(4)
                        .partAttempts(PART_ATTEMPTS)
                        .stateDirectory(state));
            } catch (AwsRecipesException e) {
                assertThat(e)
                        .as("seed %d: the failure names the part that ran out of attempts", seed)
                        .hasMessageContaining("failed after " + PART_ATTEMPTS + " attempts");
                assertThat(s3.listMultipartUploads(r -> r.bucket(bucket)).uploads())
                        .as("seed %d: ListMultipartUploads after the aborted upload", seed)
                        .isEmpty();
                assertThatThrownBy(() -> s3.headObject(r -> r.bucket(bucket).key(key)))
                        .as("seed %d: no object after the aborted upload", seed)
                        .isInstanceOf(NoSuchKeyException.class);
                assertThat(state).as("seed %d: state directory", seed).isEmptyDirectory();
                return false;
            }
            assertThat(result.parts()).as("seed %d: parts", seed).isEqualTo(partsFor(seed));
            assertThat(StoredObjects.sha256(s3, bucket, key))
                    .as("seed %d: the object read back with GetObject", seed)
                    .isEqualTo(TestFiles.sha256(file));
            assertThat(s3.listMultipartUploads(r -> r.bucket(bucket)).uploads())
                    .as("seed %d: ListMultipartUploads after the completed upload", seed)
                    .isEmpty();
            assertThat(state).as("seed %d: state directory", seed).isEmptyDirectory();
            return true;
        } finally {
            Files.delete(file);
        }
    }

    private static int partsFor(long seed) {
        long size = 11 * MIB + new SplittableRandom(~seed).nextInt((int) (5 * MIB));
        return (int) ((size + 5 * MIB - 1) / (5 * MIB));
    }

    /** The ways one attempt to send a part fails. */
    enum Fault {
        /** 503 SlowDown before the request leaves: the server never sees it. */
        SLOW_DOWN,
        /** The server stores the part, but the response is a 500 InternalError error document. */
        INTERNAL_ERROR,
        /** The connection is reset before the request is sent. */
        CONNECTION_RESET,
        /** The server stores the part, then the connection drops before the client reads the answer. */
        RESPONSE_LOST
    }

    /**
     * Fails {@code UploadPart} attempts as the seed's table says: {@code new SplittableRandom(seed)}
     * draws, for each part and attempt in a fixed order, whether the attempt fails (with probability
     * {@link #FAILURE_PROBABILITY}) and with which {@link Fault}. (Not {@code java.util.Random}: its
     * first draws for neighbouring seeds are nearly equal, so every seed would fail the same parts.)
     */
    static final class SeededPartFaults implements ExecutionInterceptor {
        private static final ExecutionAttribute<Fault> FAULT = new ExecutionAttribute<>("seeded-part-fault");

        private final long seed;
        private final Fault[][] table = new Fault[MAX_PARTS + 1][PART_ATTEMPTS];
        private final Map<Integer, AtomicInteger> attempts = new ConcurrentHashMap<>();
        private final Map<Fault, AtomicInteger> injected = new ConcurrentHashMap<>();

        SeededPartFaults(long seed) {
            this.seed = seed;
            SplittableRandom random = new SplittableRandom(seed);
            for (int part = 1; part <= MAX_PARTS; part++) {
                for (int attempt = 0; attempt < PART_ATTEMPTS; attempt++) {
                    boolean fails = random.nextDouble() < FAILURE_PROBABILITY;
                    Fault kind = Fault.values()[random.nextInt(Fault.values().length)];
                    table[part][attempt] = fails ? kind : null;
                }
            }
        }

        /** Whether every part has an attempt, within the allowed ones, that the table lets through. */
        boolean uploadCanSucceed(int parts) {
            for (int part = 1; part <= parts; part++) {
                boolean through = false;
                for (int attempt = 0; attempt < PART_ATTEMPTS; attempt++) {
                    through |= table[part][attempt] == null;
                }
                if (!through) {
                    return false;
                }
            }
            return true;
        }

        Map<Fault, Integer> injected() {
            Map<Fault, Integer> counts = new EnumMap<>(Fault.class);
            injected.forEach((kind, n) -> counts.put(kind, n.get()));
            return counts;
        }

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            if (!(context.request() instanceof UploadPartRequest part)) {
                return;
            }
            int attempt = attempts.computeIfAbsent(part.partNumber(), n -> new AtomicInteger())
                    .getAndIncrement();
            if (attempt >= PART_ATTEMPTS) {
                fail("seed " + seed + ": part " + part.partNumber() + " was tried more than " + PART_ATTEMPTS
                        + " times");
            }
            Fault fault = table[part.partNumber()][attempt];
            attributes.putAttribute(FAULT, fault);
            if (fault == null) {
                return;
            }
            injected.computeIfAbsent(fault, f -> new AtomicInteger()).incrementAndGet();
            switch (fault) {
                case SLOW_DOWN -> throw s3Error(503, "SlowDown");
                case CONNECTION_RESET -> throw SdkClientException.create(
                        "injected: unable to send the request", new SocketException("Connection reset"));
                default -> {
                    // INTERNAL_ERROR and RESPONSE_LOST happen once the server has the part.
                }
            }
        }

        @Override
        public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
            if (attributes.getAttribute(FAULT) == Fault.RESPONSE_LOST) {
                throw SdkClientException.create(
                        "injected: unable to read the response", new SocketException("Connection reset"));
            }
        }

        @Override
        public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
            if (attributes.getAttribute(FAULT) != Fault.INTERNAL_ERROR) {
                return context.httpResponse();
            }
            return context.httpResponse().toBuilder()
                    .statusCode(500)
                    .removeHeader("Content-Length")
                    .removeHeader("ETag")
                    .build();
        }

        @Override
        public Optional<InputStream> modifyHttpResponseContent(
                Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
            if (attributes.getAttribute(FAULT) != Fault.INTERNAL_ERROR) {
                return context.responseBody();
            }
            String body = "<Error><Code>InternalError</Code><Message>injected by seed " + seed
                    + "</Message><RequestId>injected</RequestId></Error>";
            return Optional.of(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        }

        private S3Exception s3Error(int status, String code) {
            return (S3Exception) S3Exception.builder()
                    .statusCode(status)
                    .message("injected " + code)
                    .awsErrorDetails(AwsErrorDetails.builder()
                            .errorCode(code)
                            .errorMessage("injected by seed " + seed)
                            .serviceName("S3")
                            .build())
                    .build();
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            for (int part = 1; part <= MAX_PARTS; part++) {
                text.append(" part ").append(part).append(':');
                for (Fault f : table[part]) {
                    text.append(' ').append(f == null ? "ok" : f.name());
                }
            }
            return text.toString().trim();
        }
    }
}
