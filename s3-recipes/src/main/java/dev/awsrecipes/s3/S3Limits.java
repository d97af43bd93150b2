package dev.awsrecipes.s3;

/**
 * S3's size limits, in one place: what a part, an upload, a single request and an object may hold.
 * The specs check against these before any call; a value outside them would be refused by S3 anyway,
 * later and less clearly.
 *
 * <pre>{@code
 * UploadSpec spec = UploadSpec.builder().bucket("backups").key("db.dump").file(Path.of("db.dump"))
 *         .partSize(64 * S3Limits.MIB).build();
 * }</pre>
 */
public final class S3Limits {
    /** One mebibyte. */
    public static final long MIB = 1024L * 1024;
    /** One gibibyte. */
    public static final long GIB = 1024 * MIB;
    /** The smallest part of a multipart upload or copy S3 accepts (except the last one): 5 MiB. */
    public static final long MIN_PART_SIZE = 5 * MIB;
    /** The largest part S3 accepts: 5 GiB. */
    public static final long MAX_PART_SIZE = 5 * GIB;
    /** The most parts one multipart upload may have. */
    public static final int MAX_PARTS = 10_000;
    /** The largest object S3 stores: 5 TiB. */
    public static final long MAX_OBJECT_SIZE = 5 * 1024 * GIB;
    /** The most one {@code PutObject} stores: 5 GiB. */
    public static final long MAX_SINGLE_PUT = 5 * GIB;
    /** The most one {@code CopyObject} copies: 5 GiB; larger objects are copied in parts. */
    public static final long MAX_SINGLE_COPY = 5 * GIB;

    private S3Limits() {}
}
