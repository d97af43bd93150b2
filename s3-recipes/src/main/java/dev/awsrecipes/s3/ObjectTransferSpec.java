package dev.awsrecipes.s3;

import dev.awsrecipes.core.Check;

/**
 * What an upload ({@link UploadSpec}) and a download ({@link DownloadSpec}) both say: which object, how
 * its bytes move ({@link TransferSettings}), whether an interrupted transfer is continued and who hears
 * how it goes. Each spec adds its own side: the file or stream and what to do with it.
 *
 * @param <L> the listener type of the transfer
 */
public abstract sealed class ObjectTransferSpec<L> permits UploadSpec, StreamUploadSpec, DownloadSpec {
    private final String bucket;
    private final String key;
    private final TransferSettings transfer;
    private final boolean resume;
    private final L listener;

    /**
     * Checks bucket, key, the transfer settings and the listener as the builder holds them. The part size is
     * checked against the kind of transfer's own minimum first, so that the message states the rule that applies
     * (an upload's 5 MiB, not a download range's 1 MiB).
     */
    ObjectTransferSpec(Setters<?, L> b, boolean resume, long minPartSize, String partSizeRule) {
        this.bucket = BucketNames.check("bucket", b.bucket());
        this.key = BucketNames.checkKey("key", b.key());
        TransferSettings.checkPartSize(b.partSize(), minPartSize, partSizeRule);
        this.transfer = b.settings();
        this.resume = resume;
        this.listener = Check.notNull(b.listener(), "listener");
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

    /**
     * The most bytes per second the transfer moves, all its parts together; 0 (the default) for no limit.
     * A tree upload's files share one limit.
     */
    public long maxBandwidth() {
        return transfer.maxBandwidth();
    }

    /** Attempts per part before the transfer gives up (an upload is then aborted). */
    public int partAttempts() {
        return transfer.partAttempts();
    }

    /** Whether to continue an interrupted transfer between the same file and object. */
    public boolean resume() {
        return resume;
    }

    /** Who hears about progress and retries. */
    public L listener() {
        return listener;
    }

    /**
     * The setters that the upload and download builders share: the object ({@link ObjectSetters}), part
     * size, concurrency, attempts ({@link TransferSettings}), resuming and the listener; values are
     * checked when the spec is built.
     *
     * @param <B> the spec's builder
     * @param <L> the listener type of the transfer
     */
    public abstract static class Setters<B extends Setters<B, L>, L> extends ObjectSetters<B> {
        private long partSize = TransferSettings.DEFAULT_PART_SIZE;
        private int concurrency = TransferSettings.DEFAULT_CONCURRENCY;
        private int partAttempts = TransferSettings.DEFAULT_PART_ATTEMPTS;
        private long maxBandwidth;
        private boolean resume;
        private L listener;

        Setters(L none) {
            this.listener = none;
        }

        /** Part size in bytes, at most 5 GiB; 8 MiB by default. */
        public B partSize(long partSize) {
            this.partSize = partSize;
            return self();
        }

        /** Parts in flight at once, 1 to 64; 8 by default. */
        public B concurrency(int concurrency) {
            this.concurrency = concurrency;
            return self();
        }

        /** Attempts per part, 1 to 10; 4 by default. */
        public B partAttempts(int attempts) {
            this.partAttempts = attempts;
            return self();
        }

        /**
         * The most bytes per second the transfer moves, all its parts together (a tree upload: all its
         * files together), at least 1 KiB; 0 (the default) for no limit. Reads and writes sleep as needed
         * (interruptibly), so a transfer of {@code n} bytes takes at least {@code n / bytesPerSecond}
         * seconds.
         */
        public B maxBandwidth(long bytesPerSecond) {
            this.maxBandwidth = bytesPerSecond;
            return self();
        }

        /** Part size, concurrency, attempts and bandwidth limit at once. */
        public B transfer(TransferSettings settings) {
            Check.notNull(settings, "transfer");
            return partSize(settings.partSize())
                    .concurrency(settings.concurrency())
                    .partAttempts(settings.partAttempts())
                    .maxBandwidth(settings.maxBandwidth());
        }

        /**
         * Continue an interrupted transfer between the same file and object, keeping the parts already
         * done: an upload keeps the parts S3 has, a download the parts already written (if the object is
         * unchanged).
         */
        public B resume(boolean resume) {
            this.resume = resume;
            return self();
        }

        /** Who hears about progress and retries. */
        public B listener(L listener) {
            this.listener = listener;
            return self();
        }

        /** The listener as set, unchecked. */
        L listener() {
            return listener;
        }

        /** Takes the values every transfer spec has from a built one, for its {@code toBuilder()}. */
        B from(ObjectTransferSpec<L> spec) {
            return bucket(spec.bucket())
                    .key(spec.key())
                    .transfer(spec.transfer())
                    .resume(spec.resume())
                    .listener(spec.listener());
        }

        /** Whether to resume, as set. */
        boolean resume() {
            return resume;
        }

        /** The part size as set, unchecked: a spec checks its own minimum first. */
        long partSize() {
            return partSize;
        }

        /** The settings as set, checked. */
        TransferSettings settings() {
            return new TransferSettings(partSize, concurrency, partAttempts, maxBandwidth);
        }
    }
}
