package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.AwsErrors;
import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.RecipeContext;
import dev.awsrecipes.s3.Bucket;
import dev.awsrecipes.s3.BucketNames;
import dev.awsrecipes.s3.ListedBucket;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** S1: idempotent bucket creation in a chosen region. */
record Buckets(RecipeContext context) {
    private static final Logger LOG = LoggerFactory.getLogger(Buckets.class);

    List<ListedBucket> list() {
        // Page by page: S3 pages the list with a continuation token once an account has very many buckets.
        return S3Services.client(context).listBucketsPaginator(r -> {}).buckets().stream()
                .map(b -> new ListedBucket(b.name(), b.creationDate()))
                .toList();
    }

    Bucket create(String bucket, Region requested) {
        BucketNames.check("bucket", bucket);
        Region region = requested != null ? requested : context.region();
        S3Client s3 = S3Services.client(context, region);
        Optional<Region> existing = ownedBucketRegion(s3, bucket);
        if (existing.isPresent()) {
            return new Bucket(bucket, existing.get(), false);
        }
        try {
            s3.createBucket(b -> {
                b.bucket(bucket);
                // us-east-1 is the one region that takes no location constraint (and rejects one).
                if (!region.equals(Region.US_EAST_1)) {
                    b.createBucketConfiguration(
                            c -> c.locationConstraint(BucketLocationConstraint.fromValue(region.id())));
                }
            });
            LOG.info("created bucket {} in {}", bucket, region);
            return new Bucket(bucket, region, true);
        } catch (S3Exception e) {
            if (AwsErrors.hasCode(e, "BucketAlreadyOwnedByYou")) {
                return new Bucket(bucket, ownedBucketRegion(s3, bucket).orElse(region), false);
            }
            if (AwsErrors.hasCode(e, "BucketAlreadyExists")) {
                throw ownedByOthers(bucket, e);
            }
            throw e;
        }
    }

    /** The region of a bucket this account can see; S3's {@code NoSuchBucket} error when there is none. */
    static Region location(S3Client s3, String bucket) {
        String location = s3.getBucketLocation(b -> b.bucket(bucket)).locationConstraintAsString();
        // us-east-1 answers with no constraint; the oldest buckets in eu-west-1 with "EU".
        if (location == null || location.isEmpty()) {
            return Region.US_EAST_1;
        }
        return "EU".equals(location) ? Region.EU_WEST_1 : Region.of(location);
    }

    /**
     * The region of the bucket when this account owns it; empty when it does not. ListBuckets (only the
     * caller's buckets, filtered by prefix) tells ownership apart from mere access: GetBucketLocation
     * succeeds on another account's bucket whose policy allows it (and on emulators that do not check).
     */
    private Optional<Region> ownedBucketRegion(S3Client s3, String bucket) {
        try {
            Optional<software.amazon.awssdk.services.s3.model.Bucket> owned =
                    s3.listBuckets(l -> l.prefix(bucket)).buckets().stream()
                            .filter(b -> b.name().equals(bucket))
                            .findFirst();
            return owned.map(b -> b.bucketRegion() != null && !b.bucketRegion().isEmpty()
                    ? Region.of(b.bucketRegion())
                    : location(s3, bucket));
        } catch (S3Exception e) {
            if (e.statusCode() != 403) {
                throw e;
            }
            // Without s3:ListAllMyBuckets, fall back to asking the bucket itself.
            LOG.debug("ListBuckets denied ({}); checking bucket {} directly", AwsErrors.describe(e), bucket);
        }
        try {
            return Optional.of(location(s3, bucket));
        } catch (S3Exception e) {
            if (AwsErrors.isNotFound(e)) {
                return Optional.empty();
            }
            if (e.statusCode() == 403) {
                throw ownedByOthers(bucket, e);
            }
            throw e;
        }
    }

    private static AwsRecipesException ownedByOthers(String bucket, S3Exception e) {
        return new AwsRecipesException(
                "bucket " + bucket
                        + " already exists and belongs to another account; bucket names are global, choose another",
                e);
    }
}
