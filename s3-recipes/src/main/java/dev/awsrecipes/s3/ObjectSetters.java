package dev.awsrecipes.s3;

/**
 * The setters that name one object, its bucket and key, which the builders of every single-object spec
 * share ({@link PutObjectSpec}, {@link CopyObjectSpec} for the copy, {@link UploadSpec} and {@link
 * DownloadSpec}); values are checked when the spec is built.
 *
 * @param <B> the spec's builder
 */
public abstract class ObjectSetters<B extends ObjectSetters<B>> {
    private String bucket;
    private String key;

    ObjectSetters() {}

    @SuppressWarnings("unchecked")
    final B self() {
        return (B) this;
    }

    /** The bucket the object is in or goes to (required); for a copy, the copy's bucket. */
    public B bucket(String bucket) {
        this.bucket = bucket;
        return self();
    }

    /** The object's key (required); for a copy, the copy's key. */
    public B key(String key) {
        this.key = key;
        return self();
    }

    /** The bucket as set, unchecked. */
    String bucket() {
        return bucket;
    }

    /** The key as set, unchecked. */
    String key() {
        return key;
    }
}
