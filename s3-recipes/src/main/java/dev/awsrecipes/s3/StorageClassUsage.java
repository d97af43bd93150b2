package dev.awsrecipes.s3;

/**
 * The share of a bucket's usage in one storage class.
 *
 * @param objects how many objects (or versions) are stored in the class
 * @param bytes how many bytes they hold
 */
public record StorageClassUsage(long objects, long bytes) {

    /** The sum of this and another share. */
    public StorageClassUsage plus(StorageClassUsage other) {
        return new StorageClassUsage(objects + other.objects, bytes + other.bytes);
    }
}
