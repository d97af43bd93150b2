package dev.awsrecipes.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.testing.S3Server;
import dev.awsrecipes.testing.S3ServerTest;
import dev.awsrecipes.testing.ScratchBucket;
import dev.awsrecipes.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The recipes over a client a JVM service built itself: the URL-connection HTTP client (not the Apache
 * one the session would pick), an interceptor of its own, its own threads. Every call the recipes make
 * goes through that client, the transfers' parts run on those threads (or the caller's), and the client
 * still works afterwards: the recipes never close what they were given.
 */
class GivenClientIT {
    private static final long PART = 5 * S3Limits.MIB;

    /** What a service's tracing or metrics interceptor sees: each call by operation, and its thread. */
    private static final class CountingInterceptor implements ExecutionInterceptor {
        final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        final Map<String, String> threadsByOperation = new ConcurrentHashMap<>();

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
            calls.computeIfAbsent(operation, o -> new AtomicInteger()).incrementAndGet();
            threadsByOperation.merge(operation, Thread.currentThread().getName(), (a, b) -> a + "," + b);
        }

        int count(String operation) {
            AtomicInteger n = calls.get(operation);
            return n == null ? 0 : n.get();
        }

        int total() {
            return calls.values().stream().mapToInt(AtomicInteger::get).sum();
        }
    }

    private static S3Client serviceClient(S3Server server, CountingInterceptor interceptor) {
        return S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(server.endpoint())
                .forcePathStyle(true)
                .region(server.region())
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(server.accessKeyId(), server.secretKey())))
                .overrideConfiguration(o -> o.addExecutionInterceptor(interceptor))
                .build();
    }

    @S3ServerTest
    void s3Recipes_overTheServicesClient_everyCallGoesThroughItAndItStaysOpen(S3Server server) {
        CountingInterceptor interceptor = new CountingInterceptor();
        try (S3Client client = serviceClient(server, interceptor);
                ScratchBucket bucket = ScratchBucket.named(client, "s3a-given")) {
            S3Recipes s3 = S3Recipes.builder().s3Client(client).build();

            Bucket created = s3.createBucket(bucket.name());
            s3.putObject(bucket.name(), "notes/hello.txt", "hello, service");
            s3.putObject(bucket.name(), "notes/bye.txt", "bye");
            BucketUsage usage = s3.bucketDu(bucket.name());
            DeletedBucket deleted = s3.deleteBucket(bucket.name());

            assertThat(created.created()).isTrue();
            assertThat(created.region()).isEqualTo(server.region());
            assertThat(usage.objects()).isEqualTo(2);
            assertThat(usage.bytes()).isEqualTo("hello, service".length() + "bye".length());
            assertThat(deleted.versions()).isEqualTo(2);
            assertThat(interceptor.count("CreateBucket")).isEqualTo(1);
            assertThat(interceptor.count("PutObject")).isEqualTo(2);
            assertThat(interceptor.count("ListObjectsV2")).isEqualTo(usage.requests());
            assertThat(interceptor.count("DeleteObjects")).isEqualTo(deleted.batches());
            assertThat(interceptor.count("DeleteBucket")).isEqualTo(1);
            int before = interceptor.total();
            assertThat(client.listBuckets().buckets())
                    .as("the client still works: the recipes did not close it")
                    .noneMatch(b -> b.name().equals(bucket.name()));
            assertThat(interceptor.total()).isEqualTo(before + 1);
        }
    }

    @S3ServerTest
    void s3Transfers_overTheServicesClientAndThreads_partsGoThroughBoth(S3Server server, @TempDir Path dir)
            throws Exception {
        CountingInterceptor interceptor = new CountingInterceptor();
        AtomicInteger threadCount = new AtomicInteger();
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "service-pool-" + threadCount.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        Path file = TestFiles.random(dir.resolve("payload.bin"), 3 * PART + 1234, 18);
        try (S3Client client = serviceClient(server, interceptor);
                ScratchBucket bucket = ScratchBucket.create(client, "s3a-given-tx")) {
            S3Transfers transfers =
                    S3Transfers.builder().s3Client(client).executor(threads).build();

            UploadResult uploaded = transfers.upload(u -> u.bucket(bucket.name())
                    .key("payload.bin")
                    .file(file)
                    .partSize(PART)
                    .multipartThreshold(PART)
                    .concurrency(4)
                    .stateDirectory(dir.resolve("state")));
            DownloadResult downloaded = transfers.download(d -> d.bucket(bucket.name())
                    .key("payload.bin")
                    .file(dir.resolve("copy.bin"))
                    .partSize(PART)
                    .concurrency(4));

            assertThat(uploaded.parts()).isEqualTo(4);
            assertThat(TestFiles.sha256(dir.resolve("copy.bin"))).isEqualTo(TestFiles.sha256(file));
            assertThat(interceptor.count("CreateMultipartUpload")).isEqualTo(1);
            assertThat(interceptor.count("UploadPart")).isEqualTo(4);
            assertThat(interceptor.count("CompleteMultipartUpload")).isEqualTo(1);
            assertThat(interceptor.count("GetObject"))
                    .as("the whole-object GET that planned the download, then one per range")
                    .isEqualTo(downloaded.parts() + 1);
            String testThread = Thread.currentThread().getName();
            for (String operation : List.of("UploadPart", "GetObject")) {
                assertThat(interceptor.threadsByOperation.get(operation).split(","))
                        .as(operation + " ran on the service's threads or the calling one, never on threads of ours")
                        .allMatch(t -> t.startsWith("service-pool-") || t.equals(testThread));
            }
            assertThat(threadCount)
                    .as("the parts really ran in parallel on the given executor")
                    .hasPositiveValue();
            assertThat(client.headObject(h -> h.bucket(bucket.name()).key("payload.bin"))
                            .contentLength())
                    .as("the client still works")
                    .isEqualTo(Files.size(file));
        } finally {
            threads.shutdownNow();
        }
    }
}
