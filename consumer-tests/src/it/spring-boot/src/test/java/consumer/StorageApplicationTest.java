package consumer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.s3.Bucket;
import dev.awsrecipes.s3.BucketUsage;
import dev.awsrecipes.s3.DeletedBucket;
import dev.awsrecipes.s3.DownloadResult;
import dev.awsrecipes.s3.S3Recipes;
import dev.awsrecipes.s3.S3Transfers;
import dev.awsrecipes.s3.StoredObject;
import dev.awsrecipes.s3.UploadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The service's beans run recipes against LocalStack; every call must go through the service's S3 client
 * (its interceptor counts it, its HTTP client sends it), no other HTTP client may be made, and parallel
 * work must run on the service's executor, not on a pool of the library's.
 */
@SpringBootTest
class StorageApplicationTest {
    private static final String TEXT = "hello from a Spring Boot service";
    private static final int MIB = 1024 * 1024;
    // LocalStack takes a 12-digit access key id as the account: a fresh one keeps this run to itself, and
    // a call signed with other credentials than the service's would not find the bucket.
    private static final String ACCOUNT =
            String.valueOf(100_000_000_000L + ThreadLocalRandom.current().nextLong(800_000_000_000L));

    /** Counts every HTTP client bean's requests, as the service's own connection metrics would. */
    @TestConfiguration(proxyBeanMethods = false)
    static class HttpClientCounting {
        @Bean
        static BeanPostProcessor countingHttpClients() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof SdkHttpClient http ? new CountingHttpClient(http) : bean;
                }
            };
        }
    }

    @DynamicPropertySource
    static void serviceSettings(DynamicPropertyRegistry registry) {
        String endpoint = System.getenv("LOCALSTACK_ENDPOINT");
        assertThat(endpoint).as("LOCALSTACK_ENDPOINT (scripts/test sets it)").isNotBlank();
        registry.add("app.s3.endpoint", () -> endpoint);
        registry.add("app.s3.access-key", () -> ACCOUNT);
    }

    @Autowired
    private S3Recipes s3;

    @Autowired
    private S3Transfers transfers;

    @Autowired
    private S3Client s3Client;

    @Autowired
    private SdkHttpClient httpClient;

    @Autowired
    private CallMetrics metrics;

    @Autowired
    private ThreadPoolTaskExecutor recipesExecutor;

    @Autowired
    private ApplicationContext context;

    @TempDir
    private Path dir;

    private final Set<String> libraryThreads = new TreeSet<>();

    @Test
    void recipesRunOnTheServicesClientConnectionPoolAndExecutor() throws IOException {
        String bucket = "consumer-spring-boot-" + ACCOUNT;

        Bucket created = s3.createBucket(bucket);
        assertThat(created.created()).isTrue();
        assertThat(metrics.calls("CreateBucket")).as("%s", metrics).isEqualTo(1);
        noteLibraryThreads();

        StoredObject stored = s3.putObject(bucket, "hello.txt", TEXT);
        assertThat(stored.bytes()).isEqualTo(TEXT.length());
        assertThat(metrics.calls("PutObject")).as("%s", metrics).isEqualTo(1);
        noteLibraryThreads();

        BucketUsage small = s3.bucketDu(bucket);
        assertThat(small.objects()).isEqualTo(1);
        assertThat(small.bytes()).isEqualTo(TEXT.length());
        assertThat(metrics.calls("ListObjectsV2")).as("%s", metrics).isEqualTo((int) small.requests());
        noteLibraryThreads();

        // Two parts, so the multipart path runs too.
        Path file = dir.resolve("report.bin");
        byte[] content = new byte[6 * MIB];
        new Random(18).nextBytes(content);
        Files.write(file, content);
        UploadResult uploaded = transfers.upload(u -> u.bucket(bucket)
                .key("reports/report.bin")
                .file(file)
                .multipartThreshold(5 * MIB)
                .partSize(5 * MIB));
        assertThat(uploaded.parts()).isEqualTo(2);
        assertThat(metrics.calls("UploadPart")).as("%s", metrics).isEqualTo(2);
        assertThat(metrics.calls("CompleteMultipartUpload")).as("%s", metrics).isEqualTo(1);
        noteLibraryThreads();

        Path back = dir.resolve("back.bin");
        DownloadResult downloaded = transfers.download(d -> d.bucket(bucket)
                .key("reports/report.bin")
                .file(back)
                .partSize(5 * MIB));
        assertThat(downloaded.bytes()).isEqualTo(content.length);
        assertThat(Files.readAllBytes(back)).isEqualTo(content);
        assertThat(metrics.calls("GetObject")).as("%s", metrics).isGreaterThanOrEqualTo(downloaded.parts());
        noteLibraryThreads();

        BucketUsage both = s3.bucketDu(bucket);
        assertThat(both.objects()).isEqualTo(2);
        assertThat(both.bytes()).isEqualTo(TEXT.length() + content.length);
        noteLibraryThreads();

        DeletedBucket deleted = s3.deleteBucket(bucket);
        assertThat(deleted.versions()).isEqualTo(2);
        assertThat(metrics.calls("DeleteBucket")).as("%s", metrics).isEqualTo(1);
        noteLibraryThreads();
        assertThat(s3Client.listBuckets().buckets()).noneMatch(b -> b.name().equals(bucket));

        // (a) Every request went out through the service's HTTP client, each seen by its interceptor.
        assertThat(httpClient).isInstanceOf(CountingHttpClient.class);
        assertThat(((CountingHttpClient) httpClient).requests())
                .as("requests through the service's HTTP client; interceptor saw %s", metrics)
                .isEqualTo(metrics.requests());
        // (b) No second connection pool: the service's is the only HTTP client, and the SDK was never
        // asked for a default one (as it is for any client built without an HTTP client).
        assertThat(context.getBeansOfType(SdkHttpClient.class)).hasSize(1);
        assertThat(CountingHttpClient.MADE.get()).isEqualTo(1);
        assertThat(CountingHttpService.ASKED.get()).as("default HTTP clients made").isZero();
        // (c) Parallel work ran on the service's executor, and the library started no pool of its own.
        assertThat(recipesExecutor.getThreadPoolExecutor().getCompletedTaskCount())
                .as("tasks run on the service's executor")
                .isPositive();
        assertThat(libraryThreads).as("threads of the library's own pools").isEmpty();
    }

    /** The library names its own pools' threads aws-recipes-*; none may live beside the service's executor. */
    private void noteLibraryThreads() {
        Thread.getAllStackTraces().keySet().stream()
                .map(Thread::getName)
                .filter(name -> name.startsWith("aws-recipes-"))
                .forEach(libraryThreads::add);
    }
}
