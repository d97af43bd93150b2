package dev.awsrecipes.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.AwsService;
import dev.awsrecipes.core.RecipeContext;
import dev.awsrecipes.core.RecipesBuilder;
import dev.awsrecipes.s3.internal.DefaultS3Recipes;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.StorageClass;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The S3 recipes, over one {@link Aws} session.
 *
 * <pre>{@code
 * S3Recipes s3 = S3Recipes.using(aws);
 * Bucket bucket = s3.createBucket("team-reports");
 * s3.putObject("team-reports", "2026/q3.txt", "revenue up");
 * ExpiringUrl link = s3.expiringUrl("team-reports", "2026/q3.txt", Duration.ofHours(2));
 * BucketUsage usage = s3.bucketDu("team-reports");
 * }</pre>
 *
 * <p>Bad input (an invalid bucket name, an empty key, a missing file) is rejected with {@code
 * InvalidArgumentException} before any call. Errors from S3 reach the caller as the SDK's exceptions
 * (for example {@code NoSuchBucketException}) or as {@code AwsRecipesException} with the SDK's as cause.
 */
public interface S3Recipes {
    /**
     * The S3 client the recipes use, for {@link Aws#client}: a caller that needs S3 beyond the recipes
     * (a test checking an effect, say) gets the same cached client, configured as the recipes' is
     * (path-style addressing when the endpoint is overridden; see the README on local servers).
     *
     * <pre>{@code
     * S3Client s3 = aws.client(S3Recipes.S3);
     * S3Client inIreland = aws.client(S3Recipes.S3, Region.EU_WEST_1);
     * }</pre>
     */
    AwsService<S3Client> S3 = DefaultS3Recipes.S3;

    /**
     * The recipes over a session ({@link Aws}) or another context; cheap, holds no state of its own.
     *
     * @param context where the recipes get their clients
     * @return the recipes
     */
    static S3Recipes using(RecipeContext context) {
        return new DefaultS3Recipes(context);
    }

    /**
     * Recipes over the caller's own S3 client, which the caller keeps owning:
     *
     * <pre>{@code
     * S3Recipes s3 = S3Recipes.builder().s3Client(myS3Client).executor(myExecutor).build();
     * }</pre>
     *
     * @return a builder; an S3 client is required
     */
    static Builder builder() {
        return new Builder();
    }

    /** Recipes over the caller's clients; nothing given is closed by the library. */
    final class Builder extends RecipesBuilder<Builder, S3Recipes> {
        private Builder() {
            super(DefaultS3Recipes::new);
        }

        /**
         * The S3 client every recipe uses, in its own region.
         *
         * @param s3 the caller's client
         * @return this builder
         */
        public Builder s3Client(S3Client s3) {
            return client(S3, s3);
        }

        /**
         * STS, asked once for the account id by the access-logging recipe; when not given, a short-lived
         * STS client is made from the S3 client's region, credentials and endpoint for that one call.
         *
         * @param sts the caller's client
         * @return this builder
         */
        public Builder stsClient(StsClient sts) {
            return client(Aws.STS, sts);
        }

        /**
         * CloudWatch, asked by {@link S3Recipes#bucketDuFromMetrics} only; its module ({@code
         * software.amazon.awssdk:cloudwatch}) is an optional dependency.
         *
         * @param cloudWatch the caller's client
         * @return this builder
         */
        public Builder cloudWatchClient(software.amazon.awssdk.services.cloudwatch.CloudWatchClient cloudWatch) {
            return client(DefaultS3Recipes.cloudWatch(), cloudWatch);
        }
    }

    /**
     * S1: the bucket in the session's default region, created if it does not exist. Calling it again
     * returns the same bucket with {@code created == false}; a bucket of that name owned by another
     * account is an error.
     */
    Bucket createBucket(String bucket);

    /** S1: the bucket in the given region (us-east-1 needs no location constraint; others get one). */
    Bucket createBucket(String bucket, Region region);

    /**
     * Every bucket the credentials own, in the order S3 gives them (by name), following S3's continuation
     * token when it pages them ({@code ListBuckets}); what {@code aws s3 ls} shows without a path.
     *
     * <pre>{@code
     * s3.listBuckets().forEach(b -> log.info("{} created {}", b.name(), b.creationDate()));
     * }</pre>
     */
    List<ListedBucket> listBuckets();

    /** S2: stores the text as UTF-8, private to the bucket owner. */
    StoredObject putObject(String bucket, String key, String text);

    /** S2: stores the file's content, private to the bucket owner. */
    StoredObject putObject(String bucket, String key, Path file);

    /** S2: stores {@code length} bytes from the stream (not closed), private to the bucket owner. */
    StoredObject putObject(String bucket, String key, InputStream stream, long length);

    /** S2, S3, S8: stores an object with optional user metadata, content type and storage class. */
    StoredObject putObject(PutObjectSpec spec);

    /** {@link #putObject(PutObjectSpec)} with the spec built in place. */
    default StoredObject putObject(Consumer<PutObjectSpec.Builder> spec) {
        return putObject(PutObjectSpec.builder().applyMutation(spec).build());
    }

    /** S2: the object's content decoded as UTF-8. */
    String readString(String bucket, String key);

    /** S2: the object's content; for objects that fit in memory. */
    byte[] readBytes(String bucket, String key);

    /**
     * S2: saves the object into a file that must not exist yet; returns what was saved. A failure to
     * write the file (a full disk) is a {@link dev.awsrecipes.core.LocalIoException}, not retried, and
     * the partial file is removed.
     */
    ObjectInfo download(String bucket, String key, Path file);

    /**
     * S2: streams the object's bytes, exactly, into {@code out} as they arrive, in constant memory; the
     * stream is flushed, not closed. A failure to write is a {@link dev.awsrecipes.core.LocalIoException}
     * naming {@code target} (for example {@code "stdout"}), never retried.
     *
     * <pre>{@code
     * try (OutputStream out = Files.newOutputStream(Path.of("copy.bin"))) {
     *     s3.writeTo("backups", "db.dump", out, "copy.bin");
     * }
     * }</pre>
     */
    ObjectInfo writeTo(String bucket, String key, OutputStream out, String target);

    /** S3: size, content type, storage class and user metadata of an object, without its content. */
    ObjectInfo objectInfo(String bucket, String key);

    /** S4: total bytes and number of the bucket's current objects. */
    BucketUsage bucketDu(String bucket);

    /** S4: usage of a bucket, a prefix, optionally counting every version. */
    BucketUsage bucketDu(BucketDuSpec spec);

    /** {@link #bucketDu(BucketDuSpec)}, telling {@code listener} the running count after every page listed. */
    BucketUsage bucketDu(BucketDuSpec spec, CountListener listener);

    /** {@link #bucketDu(BucketDuSpec)} with the spec built in place. */
    default BucketUsage bucketDu(Consumer<BucketDuSpec.Builder> spec) {
        return bucketDu(BucketDuSpec.builder().applyMutation(spec).build());
    }

    /**
     * S4 without listing: the same figures from the newest S3 Inventory report of a configuration, as of
     * the report's date ({@link BucketUsage#asOf()}), at a few requests however many keys the bucket has.
     * The report must be CSV (ORC and Parquet are refused with a message saying so); with {@code
     * allVersions} it must list all versions. Every data file is read at the same time and checked against
     * the manifest's size and MD5.
     *
     * <pre>{@code
     * BucketUsage usage = s3.bucketDuFromInventory(i -> i.location("s3://inventory-reports/team-logs/daily/"));
     * log.info("{} objects, {} bytes as of {}", usage.objects(), usage.bytes(), usage.asOf());
     * }</pre>
     *
     * @throws BucketNotFoundException when the destination bucket does not exist
     * @throws dev.awsrecipes.core.AwsRecipesException when there is no report, or it cannot be counted
     */
    BucketUsage bucketDuFromInventory(InventoryDuSpec spec);

    /** {@link #bucketDuFromInventory(InventoryDuSpec)} with the spec built in place. */
    default BucketUsage bucketDuFromInventory(Consumer<InventoryDuSpec.Builder> spec) {
        return bucketDuFromInventory(
                InventoryDuSpec.builder().applyMutation(spec).build());
    }

    /**
     * S4 without listing: CloudWatch's daily storage metrics of the bucket ({@code AWS/S3} {@code
     * BucketSizeBytes} per storage type, {@code NumberOfObjects}), the newest day within the last three.
     * They count every version, delete marker and unfinished multipart upload part, bucket-wide (so
     * {@code allVersions} is true and {@code prefix} empty); bytes come per CloudWatch {@code StorageType},
     * objects only in total. Needs the optional dependency {@code software.amazon.awssdk:cloudwatch}; the
     * CloudWatch client is asked in the session's region, which must be the bucket's.
     *
     * @throws dev.awsrecipes.core.AwsRecipesException when CloudWatch has no recent datapoint, or the
     *     CloudWatch client is not on the class path
     */
    BucketUsage bucketDuFromMetrics(String bucket);

    /** S5: server-side copy keeping metadata and storage class. */
    CopiedObject copyObject(String sourceBucket, String sourceKey, String bucket, String key);

    /** S5: server-side copy, keeping or replacing metadata; objects over the threshold are copied in parts. */
    CopiedObject copyObject(CopyObjectSpec spec);

    /** {@link #copyObject(CopyObjectSpec)} with the spec built in place. */
    default CopiedObject copyObject(Consumer<CopyObjectSpec.Builder> spec) {
        return copyObject(CopyObjectSpec.builder().applyMutation(spec).build());
    }

    /** S5: copy, then delete the source once the copy is confirmed. */
    CopiedObject moveObject(CopyObjectSpec spec);

    /** {@link #moveObject(CopyObjectSpec)} with the spec built in place. */
    default CopiedObject moveObject(Consumer<CopyObjectSpec.Builder> spec) {
        return moveObject(CopyObjectSpec.builder().applyMutation(spec).build());
    }

    /**
     * S6: replaces the object's user metadata in place (a copy onto itself), without re-uploading;
     * content type, storage class and the other system metadata stay as they were.
     */
    ObjectInfo replaceMetadata(String bucket, String key, Map<String, String> metadata);

    /**
     * S8: moves an existing object into another storage class in place. Accepted: {@code STANDARD},
     * {@code STANDARD_IA}, {@code ONEZONE_IA}, {@code INTELLIGENT_TIERING}, {@code GLACIER_IR}, {@code
     * GLACIER}, {@code DEEP_ARCHIVE}; {@code REDUCED_REDUNDANCY} is obsolete and rejected.
     */
    ObjectInfo changeStorageClass(String bucket, String key, StorageClass storageClass);

    /**
     * S7: turns on server access logging of {@code bucket} into {@code targetBucket} (same account and
     * region) under {@code targetPrefix}, first granting the log delivery service write access to the
     * target through its bucket policy.
     */
    AccessLoggingStatus enableAccessLogging(String bucket, String targetBucket, String targetPrefix);

    /** S7: turns server access logging off. */
    AccessLoggingStatus disableAccessLogging(String bucket);

    /** S7: whether access logging is on, and where to. */
    AccessLoggingStatus accessLogging(String bucket);

    /** S10: the bucket's versioning status and MFA delete setting. */
    BucketVersioning versioning(String bucket);

    /** S10: turns versioning on. */
    BucketVersioning enableVersioning(String bucket);

    /** S10: suspends versioning; versions kept so far stay. */
    BucketVersioning suspendVersioning(String bucket);

    /**
     * S10: turns MFA delete on or off (versioning stays enabled). Only the root user of the account can
     * do this, with the serial number (or ARN) of its MFA device and a current 6-digit code.
     */
    BucketVersioning configureMfaDelete(String bucket, boolean enabled, String mfaSerial, String mfaCode);

    /** S10: every version and delete marker under the prefix (empty for all), newest first per key. */
    List<ObjectVersion> listVersions(String bucket, String prefix);

    /** S11: publishes a directory as a public static website with {@code index.html} as index. */
    Website publishWebsite(String bucket, Path directory);

    /** S11: publishes a directory as a public static website. */
    Website publishWebsite(WebsiteSpec spec);

    /** {@link #publishWebsite(WebsiteSpec)} with the spec built in place. */
    default Website publishWebsite(Consumer<WebsiteSpec.Builder> spec) {
        return publishWebsite(WebsiteSpec.builder().applyMutation(spec).build());
    }

    /**
     * S13: deletes the bucket with every object, version and delete marker in it (and aborts its
     * unfinished multipart uploads). Irreversible.
     */
    DeletedBucket deleteBucket(String bucket);

    /** {@link #deleteBucket(String)}, telling {@code deleted} how many versions are gone after every batch. */
    DeletedBucket deleteBucket(String bucket, CountListener deleted);

    /**
     * S9: a presigned GET URL that downloads the object until {@code expiresIn} has passed (at most 7
     * days, S3's limit for SigV4). Made locally, without calling AWS.
     */
    ExpiringUrl expiringUrl(String bucket, String key, Duration expiresIn);

    /** S9: a presigned URL for GET (download) or PUT (upload), valid for at most 7 days. */
    ExpiringUrl expiringUrl(String bucket, String key, Duration expiresIn, UrlMethod method);
}
