package dev.awsrecipes.s3;

/**
 * The share of a bucket's usage in one storage class.
 *
 * @param objects how many objects (or versions) are stored in the class; {@link #UNKNOWN} when the
 *     source does not count them per class (CloudWatch's metrics)
 * @param bytes how many bytes they hold
 */
public record StorageClassUsage(long objects, long bytes) {
    /** The object count of a class whose objects the source does not count. */
    public static final long UNKNOWN = -1;

    /** The sum of this and another share. */
    public StorageClassUsage plus(StorageClassUsage other) {
        return new StorageClassUsage(objects + other.objects, bytes + other.bytes);
    }
}
