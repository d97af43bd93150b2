package dev.awsrecipes.s3;

/** The versioning state of a bucket. Once enabled, a bucket can only be suspended, never unversioned again. */
public enum VersioningStatus {
    /** Versioning was never turned on. */
    UNVERSIONED,
    /** Every write keeps the previous version. */
    ENABLED,
    /** New writes overwrite (version {@code null}); versions kept so far stay. */
    SUSPENDED
}
