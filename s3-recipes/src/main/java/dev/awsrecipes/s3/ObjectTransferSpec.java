package dev.awsrecipes.s3;

/**
 * What an upload ({@link UploadSpec}) and a download ({@link DownloadSpec}) both say: which object, how
 * its bytes move ({@link TransferSettings}) and whether an interrupted transfer is continued. Each spec
 * adds its own side: the file or stream, and its listener.
 */
public abstract sealed class ObjectTransferSpec permits UploadSpec, DownloadSpec {
    private final String bucket;
    private final String key;
    private final TransferSettings transfer;
    private final boolean resume;

    /** Checks bucket, key and the transfer settings as the builder holds them. */
    ObjectTransferSpec(TransferSettings.Setters<?> b, boolean resume) {
        this.bucket = BucketNames.check("bucket", b.bucket());
        this.key = BucketNames.checkKey("key", b.key());
        this.transfer = b.settings();
        this.resume = resume;
    }

    /** The bucket; an upload's must exist. */
    public String bucket() {
        return bucket;
    }

    /** The object's key. */
    public String key() {
        return key;
    }

    /** Part (a download's range) size, parts in flight and attempts per part. */
    public TransferSettings transfer() {
        return transfer;
    }

    /**
     * The requested part size, for a download the largest range fetched in one GET; it grows by itself
     * so that an object needs at most 10,000 parts.
     */
    public long partSize() {
        return transfer.partSize();
    }

    /**
     * Parts (a download's ranges) in flight at once. An upload holds about this many parts' worth of
     * memory; a download to a file one small buffer per range in flight, and to a stream up to {@code
     * concurrency × partSize} bytes, since ranges are held until their turn.
     */
    public int concurrency() {
        return transfer.concurrency();
    }

    /** Attempts per part before the transfer gives up (an upload is then aborted). */
    public int partAttempts() {
        return transfer.partAttempts();
    }

    /** Whether to continue an interrupted transfer between the same file and object. */
    public boolean resume() {
        return resume;
    }
}
