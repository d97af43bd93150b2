package consumer;

import dev.awsrecipes.s3.Bucket;
import dev.awsrecipes.s3.BucketUsage;
import dev.awsrecipes.s3.DeletedBucket;
import dev.awsrecipes.s3.BatchResult;
import dev.awsrecipes.s3.ListSpec;
import dev.awsrecipes.s3.ListedObject;
import dev.awsrecipes.s3.S3Recipes;
import dev.awsrecipes.s3.S3Transfers;
import dev.awsrecipes.s3.S3Uri;
import dev.awsrecipes.s3.SyncResult;
import dev.awsrecipes.s3.StoredObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What a service that owns its SDK clients writes: its S3 client over UrlConnectionHttpClient (Apache and
 * Netty excluded from its class path) with its own interceptor, given to S3Recipes.builder(). Every recipe
 * call must reach S3 through that client, and no other HTTP client may be made.
 */
public final class OwnClient {
    private static final String TEXT = "hello from a service's own client";

    public static void main(String[] args) throws Exception {
        for (String excluded : List.of(
                "software.amazon.awssdk.http.apache.ApacheHttpClient",
                "software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient",
                "org.apache.http.client.HttpClient")) {
            check(!onClassPath(excluded), excluded + " is on the class path of a service that excluded it");
        }
        String endpoint = System.getenv("LOCALSTACK_ENDPOINT");
        check(endpoint != null && !endpoint.isBlank(), "LOCALSTACK_ENDPOINT is not set; scripts/test sets it");
        // LocalStack takes a 12-digit access key id as the account: a fresh one keeps this run to itself,
        // and a call signed with any other credentials would not find the bucket.
        String account = String.valueOf(100_000_000_000L + ThreadLocalRandom.current().nextLong(800_000_000_000L));
        String bucket = "consumer-own-client-" + account;
        CountingInterceptor interceptor = new CountingInterceptor();
        try (SdkHttpClient http = UrlConnectionHttpClient.create();
                S3Client s3Client = S3Client.builder()
                        .httpClient(http)
                        .endpointOverride(URI.create(endpoint))
                        .forcePathStyle(true)
                        .region(Region.US_EAST_1)
                        .credentialsProvider(
                                StaticCredentialsProvider.create(AwsBasicCredentials.create(account, "test")))
                        .overrideConfiguration(o -> o.addExecutionInterceptor(interceptor))
                        .build()) {
            S3Recipes s3 = S3Recipes.builder().s3Client(s3Client).build();

            Bucket created = s3.createBucket(bucket);
            check(created.created() && created.name().equals(bucket), "createBucket gave " + created);
            check(interceptor.calls("CreateBucket") == 1, "CreateBucket bypassed the client: " + interceptor);

            StoredObject stored = s3.putObject(bucket, "hello.txt", TEXT);
            long bytes = TEXT.getBytes(StandardCharsets.UTF_8).length;
            check(stored.bytes() == bytes && stored.key().equals("hello.txt"), "putObject gave " + stored);
            check(interceptor.calls("PutObject") == 1, "PutObject bypassed the client: " + interceptor);

            BucketUsage usage = s3.bucketDu(bucket);
            check(usage.objects() == 1 && usage.bytes() == bytes, "bucketDu says " + usage);
            check(interceptor.calls("ListObjectsV2") == usage.requests(),
                    "bucketDu made " + usage.requests() + " list requests, the client saw " + interceptor);

            // The many-object recipes (S16) over the same client: sync up, a wildcard listing, a copy down, a delete.
            S3Transfers transfers = S3Transfers.builder().s3Client(s3Client).build();
            Path dir = Files.createTempDirectory("own-client");
            Files.writeString(dir.resolve("a b ü.txt"), TEXT);
            S3Uri synced = S3Uri.parse("target", "s3://" + bucket + "/synced/");
            SyncResult sync = transfers.sync(s -> s.source(dir).target(synced));
            check(sync.succeeded() && sync.transferred() == 1, "sync gave " + sync);
            long listed;
            try (Stream<ListedObject> txt = transfers.listObjects(ListSpec.of(synced.child("*.txt"), true))) {
                listed = txt.count();
            }
            check(listed == 1, "listObjects found " + listed + " .txt objects");
            Path back = Files.createTempDirectory("own-client-back");
            BatchResult copied = transfers.copy(c -> c.from(synced).toDirectory(back).recursive(true));
            check(copied.succeeded() && Files.readString(back.resolve("a b ü.txt")).equals(TEXT), "copy gave " + copied);
            BatchResult removed = transfers.deleteObjects(ListSpec.of(synced, true));
            check(removed.deleted() == 1, "deleteObjects gave " + removed);

            int before = interceptor.total();
            DeletedBucket deleted = s3.deleteBucket(bucket);
            check(deleted.bucket().equals(bucket) && deleted.versions() == 1, "deleteBucket gave " + deleted);
            check(interceptor.calls("DeleteBucket") == 1 && interceptor.total() > before + 1,
                    "deleteBucket bypassed the client: " + interceptor);
            check(!s3Client.listBuckets().buckets().stream().anyMatch(b -> b.name().equals(bucket)),
                    bucket + " is still there");
        }
        check(CountingHttpService.BUILT.get() == 0,
                "a second HTTP client was made " + CountingHttpService.BUILT.get() + " time(s) beside the service's");
        System.out.println("calls through the service's client: " + interceptor);
        System.out.println("own-client consumer: createBucket, putObject, bucketDu, sync, listObjects, copy, deleteObjects, deleteBucket ok, every call"
                + " through the service's UrlConnectionHttpClient and interceptor");
    }

    private static boolean onClassPath(String className) {
        try {
            Class.forName(className, false, OwnClient.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static void check(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException(failure);
        }
    }
}
