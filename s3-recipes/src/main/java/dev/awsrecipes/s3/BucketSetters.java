package dev.awsrecipes.s3;

/**
 * The setter that names the bucket a spec works on, which the builders of every bucket-level and
 * single-object spec share ({@link BucketDuSpec}, {@link TreeUploadSpec}, {@link WebsiteSpec}, and
 * through {@link ObjectSetters} the object specs); the bucket is checked when the spec is built.
 *
 * @param <B> the spec's builder
 */
public abstract class BucketSetters<B extends BucketSetters<B>> {
    private String bucket;

    BucketSetters() {}

    @SuppressWarnings("unchecked")
    final B self() {
        return (B) this;
    }

    /** The bucket (required); for a copy, the copy's bucket. */
    public B bucket(String bucket) {
        this.bucket = bucket;
        return self();
    }

    /** The bucket as set, unchecked. */
    String bucket() {
        return bucket;
    }
}
