package dev.awsrecipes.s3;

/**
 * Hears how an upload of a tree goes: once when the files are counted, then after each file (stored or
 * failed). Called from the tree's worker threads, one call at a time.
 */
@FunctionalInterface
public interface TreeUploadListener {

    /** A listener that ignores everything. */
    static TreeUploadListener none() {
        return progress -> {};
    }

    /** Where the tree's upload is. */
    void progress(TreeUploadProgress progress);

    /**
     * How far an upload of a tree has come.
     *
     * @param filesDone files stored or failed so far
     * @param filesTotal regular files found under the directory
     * @param bytesDone bytes of the files done so far
     * @param bytesTotal bytes of all the files found
     */
    record TreeUploadProgress(int filesDone, int filesTotal, long bytesDone, long bytesTotal) {}
}
