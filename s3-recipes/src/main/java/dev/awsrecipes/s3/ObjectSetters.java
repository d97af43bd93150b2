package dev.awsrecipes.s3;

/**
 * The setters that name one object, its bucket ({@link BucketSetters}) and key, which the builders of
 * every single-object spec share ({@link PutObjectSpec}, {@link CopyObjectSpec} for the copy, {@link
 * UploadSpec} and {@link DownloadSpec}); values are checked when the spec is built.
 *
 * @param <B> the spec's builder
 */
public abstract class ObjectSetters<B extends ObjectSetters<B>> extends BucketSetters<B> {
    private String key;

    ObjectSetters() {}

    /** The object's key (required); for a copy, the copy's key. */
    public B key(String key) {
        this.key = key;
        return self();
    }

    /** The key as set, unchecked. */
    String key() {
        return key;
    }
}
