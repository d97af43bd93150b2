package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.AwsErrors;
import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.AwsService;
import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.InternalApi;
import dev.awsrecipes.core.RecipeContext;
import dev.awsrecipes.s3.AccessLoggingStatus;
import dev.awsrecipes.s3.Bucket;
import dev.awsrecipes.s3.BucketDuSpec;
import dev.awsrecipes.s3.BucketNames;
import dev.awsrecipes.s3.BucketNotFoundException;
import dev.awsrecipes.s3.BucketUsage;
import dev.awsrecipes.s3.BucketVersioning;
import dev.awsrecipes.s3.CopiedObject;
import dev.awsrecipes.s3.CopyObjectSpec;
import dev.awsrecipes.s3.CountListener;
import dev.awsrecipes.s3.DeletedBucket;
import dev.awsrecipes.s3.ExpiringUrl;
import dev.awsrecipes.s3.InventoryDuSpec;
import dev.awsrecipes.s3.ListedBucket;
import dev.awsrecipes.s3.ObjectInfo;
import dev.awsrecipes.s3.ObjectVersion;
import dev.awsrecipes.s3.PutObjectSpec;
import dev.awsrecipes.s3.S3Recipes;
import dev.awsrecipes.s3.StoredObject;
import dev.awsrecipes.s3.UrlMethod;
import dev.awsrecipes.s3.Website;
import dev.awsrecipes.s3.WebsiteSpec;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.StorageClass;

/**
 * The S3 recipes; each topic lives in a class of its own, this one only routes. Public only so that
 * {@link S3Recipes#using} and {@link S3Recipes#builder} can make it; not API.
 */
@InternalApi
public final class DefaultS3Recipes implements S3Recipes {
    /** The S3 client service; callers read it as {@link S3Recipes#S3}. */
    public static final AwsService<S3Client> S3 = S3Services.S3;

    /**
     * The CloudWatch client service of {@link #bucketDuFromMetrics}. A method, not a constant: loading this
     * class must never need the CloudWatch client, an optional dependency.
     */
    public static AwsService<CloudWatchClient> cloudWatch() {
        return BucketMetrics.CLOUDWATCH;
    }

    private final Buckets buckets;
    private final Presigning presigning;
    private final ObjectStore objects;
    private final BucketDu du;
    private final ObjectCopier copier;
    private final AccessLogging logging;
    private final Versioning versioning;
    private final Websites websites;
    private final BucketDeleter deleter;
    private final RecipeContext context;

    /** The recipes over the session; use {@link S3Recipes#using} instead. */
    public DefaultS3Recipes(RecipeContext context) {
        this.context = context;
        this.buckets = new Buckets(context);
        this.presigning = new Presigning(context);
        this.objects = new ObjectStore(context);
        this.du = new BucketDu(context);
        this.copier = new ObjectCopier(context);
        this.logging = new AccessLogging(context);
        this.versioning = new Versioning(context);
        this.websites = new Websites(context, buckets);
        this.deleter = new BucketDeleter(context);
    }

    @Override
    public Bucket createBucket(String bucket) {
        return buckets.create(bucket, null);
    }

    @Override
    public Bucket createBucket(String bucket, Region region) {
        return buckets.create(bucket, Check.notNull(region, "region"));
    }

    @Override
    public List<ListedBucket> listBuckets() {
        return buckets.list();
    }

    @Override
    public StoredObject putObject(String bucket, String key, String text) {
        Check.notNull(text, "text");
        return putObject(p -> p.bucket(bucket).key(key).text(text));
    }

    @Override
    public StoredObject putObject(String bucket, String key, Path file) {
        Check.notNull(file, "file");
        return putObject(p -> p.bucket(bucket).key(key).file(file));
    }

    @Override
    public StoredObject putObject(String bucket, String key, InputStream stream, long length) {
        Check.notNull(stream, "stream");
        return putObject(p -> p.bucket(bucket).key(key).stream(stream, length));
    }

    @Override
    public StoredObject putObject(PutObjectSpec spec) {
        return inBucket(spec.bucket(), () -> objects.put(spec));
    }

    @Override
    public String readString(String bucket, String key) {
        return inBucket(bucket, () -> objects.readString(bucket, key));
    }

    @Override
    public byte[] readBytes(String bucket, String key) {
        return inBucket(bucket, () -> objects.readBytes(bucket, key));
    }

    @Override
    public ObjectInfo download(String bucket, String key, Path file) {
        return inBucket(bucket, () -> objects.download(bucket, key, file));
    }

    @Override
    public ObjectInfo writeTo(String bucket, String key, OutputStream out, String target) {
        return inBucket(bucket, () -> objects.writeTo(bucket, key, out, target));
    }

    @Override
    public ObjectInfo objectInfo(String bucket, String key) {
        return inBucket(bucket, () -> objects.info(bucket, key));
    }

    @Override
    public BucketUsage bucketDu(String bucket) {
        return bucketDu(d -> d.bucket(bucket));
    }

    @Override
    public BucketUsage bucketDu(BucketDuSpec spec) {
        return inBucket(spec.bucket(), () -> du.count(spec, CountListener.none()));
    }

    @Override
    public BucketUsage bucketDu(BucketDuSpec spec, CountListener listener) {
        Check.notNull(listener, "listener");
        return inBucket(spec.bucket(), () -> du.count(spec, listener));
    }

    @Override
    public BucketUsage bucketDuFromInventory(InventoryDuSpec spec) {
        Check.notNull(spec, "spec");
        return inBucket(spec.destinationBucket(), () -> new InventoryDu(context).count(spec));
    }

    @Override
    public BucketUsage bucketDuFromMetrics(String bucket) {
        BucketNames.check("bucket", bucket);
        // Checked before BucketMetrics is loaded: it links to the CloudWatch client, an optional dependency.
        if (!CloudWatchPresence.available()) {
            throw new AwsRecipesException(CloudWatchPresence.missingMessage());
        }
        return new BucketMetrics(context).read(bucket, Instant.now());
    }

    @Override
    public CopiedObject copyObject(String sourceBucket, String sourceKey, String bucket, String key) {
        return copyObject(c ->
                c.sourceBucket(sourceBucket).sourceKey(sourceKey).bucket(bucket).key(key));
    }

    @Override
    public CopiedObject copyObject(CopyObjectSpec spec) {
        return inBuckets(List.of(spec.sourceBucket(), spec.bucket()), () -> copier.copy(spec, false));
    }

    @Override
    public CopiedObject moveObject(CopyObjectSpec spec) {
        return inBuckets(List.of(spec.sourceBucket(), spec.bucket()), () -> copier.copy(spec, true));
    }

    @Override
    public ObjectInfo replaceMetadata(String bucket, String key, Map<String, String> metadata) {
        return inBucket(bucket, () -> copier.replaceMetadata(bucket, key, Check.notNull(metadata, "metadata")));
    }

    @Override
    public ObjectInfo changeStorageClass(String bucket, String key, StorageClass storageClass) {
        return inBucket(bucket, () -> copier.changeStorageClass(bucket, key, storageClass));
    }

    @Override
    public AccessLoggingStatus enableAccessLogging(String bucket, String targetBucket, String targetPrefix) {
        return inBuckets(List.of(bucket, targetBucket), () -> logging.enable(bucket, targetBucket, targetPrefix));
    }

    @Override
    public AccessLoggingStatus disableAccessLogging(String bucket) {
        return inBucket(bucket, () -> logging.disable(bucket));
    }

    @Override
    public AccessLoggingStatus accessLogging(String bucket) {
        return inBucket(bucket, () -> logging.status(bucket));
    }

    @Override
    public BucketVersioning versioning(String bucket) {
        return inBucket(bucket, () -> versioning.status(bucket));
    }

    @Override
    public BucketVersioning enableVersioning(String bucket) {
        return inBucket(bucket, () -> versioning.set(bucket, BucketVersioningStatus.ENABLED));
    }

    @Override
    public BucketVersioning suspendVersioning(String bucket) {
        return inBucket(bucket, () -> versioning.set(bucket, BucketVersioningStatus.SUSPENDED));
    }

    @Override
    public BucketVersioning configureMfaDelete(String bucket, boolean enabled, String mfaSerial, String mfaCode) {
        return inBucket(bucket, () -> versioning.mfaDelete(bucket, enabled, mfaSerial, mfaCode));
    }

    @Override
    public List<ObjectVersion> listVersions(String bucket, String prefix) {
        return inBucket(bucket, () -> versioning.list(bucket, prefix));
    }

    @Override
    public Website publishWebsite(String bucket, Path directory) {
        return publishWebsite(w -> w.bucket(bucket).directory(directory));
    }

    @Override
    public Website publishWebsite(WebsiteSpec spec) {
        return inBucket(spec.bucket(), () -> websites.publish(spec));
    }

    @Override
    public DeletedBucket deleteBucket(String bucket) {
        return inBucket(bucket, () -> deleter.delete(bucket, CountListener.none()));
    }

    @Override
    public DeletedBucket deleteBucket(String bucket, CountListener deleted) {
        Check.notNull(deleted, "deleted");
        return inBucket(bucket, () -> deleter.delete(bucket, deleted));
    }

    @Override
    public ExpiringUrl expiringUrl(String bucket, String key, Duration expiresIn) {
        return presigning.expiringUrl(bucket, key, expiresIn, UrlMethod.GET);
    }

    @Override
    public ExpiringUrl expiringUrl(String bucket, String key, Duration expiresIn, UrlMethod method) {
        return presigning.expiringUrl(bucket, key, expiresIn, method);
    }

    /**
     * S3's NoSuchBucket does not say which bucket; the caller's name for it is added here, once, for
     * every recipe. HeadObject's 404 has no body, so there a missing bucket looks like a missing key:
     * one HeadBucket tells the two apart.
     */
    private <T> T inBucket(String bucket, Supplier<T> call) {
        return inBuckets(List.of(bucket), call);
    }

    private <T> T inBuckets(List<String> buckets, Supplier<T> call) {
        try {
            return call.get();
        } catch (NoSuchBucketException e) {
            throw new BucketNotFoundException(String.join(" or ", buckets), e);
        } catch (NoSuchKeyException e) {
            for (String bucket : buckets) {
                if (!bucketExists(bucket)) {
                    throw new BucketNotFoundException(bucket, e);
                }
            }
            throw e;
        }
    }

    private boolean bucketExists(String bucket) {
        try {
            S3Services.client(context).headBucket(h -> h.bucket(bucket));
            return true;
        } catch (S3Exception e) {
            // Only a clear "not there" counts; any other answer leaves the original error standing.
            return !AwsErrors.isNotFound(e);
        }
    }
}
