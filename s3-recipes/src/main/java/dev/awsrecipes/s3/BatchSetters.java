package dev.awsrecipes.s3;

import java.util.function.Consumer;

/**
 * The setters of how many objects move at once and with which settings, which the builders of every
 * many-object spec share ({@link BatchSpec}, {@link CopySpec}, {@link SyncSpec}); the values are checked when
 * the spec is built.
 *
 * @param <B> the spec's builder
 */
public abstract class BatchSetters<B extends BatchSetters<B>> {
    private int objectsInFlight = BatchSpec.DEFAULT_OBJECTS_IN_FLIGHT;
    private Consumer<UploadSpec.Builder> perUpload;
    private Consumer<DownloadSpec.Builder> perDownload;
    private BatchListener listener;

    BatchSetters() {}

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** How many objects are transferred (or compared) at once; each may also send its parts concurrently. */
    public B objectsInFlight(int objectsInFlight) {
        this.objectsInFlight = objectsInFlight;
        return self();
    }

    /** Settings for every upload (part size, concurrency, ...); bucket, key and file are set by each step. */
    public B perUpload(Consumer<UploadSpec.Builder> perUpload) {
        this.perUpload = perUpload;
        return self();
    }

    /** Settings for every download; bucket, key, file and overwrite are set by each step. */
    public B perDownload(Consumer<DownloadSpec.Builder> perDownload) {
        this.perDownload = perDownload;
        return self();
    }

    /** Hears each step end, on several threads at once. */
    public B listener(BatchListener listener) {
        this.listener = listener;
        return self();
    }

    /** The objects at once, as set, unchecked. */
    int objectsInFlight() {
        return objectsInFlight;
    }

    /** The settings of every upload, as set; null when none. */
    Consumer<UploadSpec.Builder> perUpload() {
        return perUpload;
    }

    /** The settings of every download, as set; null when none. */
    Consumer<DownloadSpec.Builder> perDownload() {
        return perDownload;
    }

    /** The listener, as set; null when none. */
    BatchListener listener() {
        return listener;
    }
}
