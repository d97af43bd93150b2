package dev.awsrecipes.s3;

/**
 * Hears how a long listing or deletion goes ({@code bucketDu}, {@code deleteBucket}): the running count
 * of objects (or versions) and their bytes. Called one call at a time, possibly from several threads;
 * keep it quick.
 */
@FunctionalInterface
public interface CountListener {

    /** A listener that ignores everything. */
    static CountListener none() {
        return (items, bytes) -> {};
    }

    /**
     * The work so far.
     *
     * @param items objects, versions or delete markers counted (or deleted) so far
     * @param bytes their bytes, where the recipe knows them; 0 otherwise
     */
    void counted(long items, long bytes);
}
