package dev.awsrecipes.s3;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.core.SpecBuilder;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * What {@link S3Transfers#sync(SyncSpec)} makes equal: a directory to a prefix, a prefix to a directory, or a
 * prefix to a prefix. A name is transferred when the target lacks it, when the sizes differ, or when the
 * source is newer than the target (whole seconds, as S3 keeps them; into a directory, when the file's time is
 * not the object's, which each download gives the file, so an edited file is fetched again); with {@code checksum}, equal sizes are
 * compared by the checksum S3 stores instead of by time. With {@code delete}, what the target has and the
 * source no longer has is deleted, but never when the source is empty (unless {@code allowEmptySource}) or
 * could not be listed completely.
 *
 * <pre>{@code
 * SyncResult r = transfers.sync(s -> s.source(Path.of("/srv/photos"))
 *         .target(S3Uri.parse("target", "s3://backups/photos/"))
 *         .delete(true)
 *         .filter(KeyFilter.builder().exclude("*.tmp").build()));
 * }</pre>
 *
 * @param sourceDirectory the local directory to copy from, or null when the source is a prefix
 * @param sourcePrefix the prefix to copy from (read as a folder: {@code s3://b/p} is {@code s3://b/p/}), or
 *     null when the source is a directory
 * @param targetDirectory the local directory to copy into (created when missing), or null
 * @param targetPrefix the prefix to copy into (read as a folder), or null
 * @param delete delete what the target has and the source does not
 * @param checksum compare files of equal size by content (S3's stored checksum; one {@code HeadObject} per
 *     such file) rather than by modification time
 * @param allowEmptySource let {@code delete} empty the target when the source has nothing
 * @param dryRun plan only: the result lists the steps and nothing is changed
 * @param filter which names are synced, on both sides; names it leaves out are never deleted
 * @param objectsInFlight how many objects are transferred (or compared) at the same time
 * @param perUpload settings applied to every upload
 * @param perDownload settings applied to every download (downloads resume what an interrupted sync left)
 * @param listener hears each step end
 */
public record SyncSpec(
        Path sourceDirectory,
        S3Uri sourcePrefix,
        Path targetDirectory,
        S3Uri targetPrefix,
        boolean delete,
        boolean checksum,
        boolean allowEmptySource,
        boolean dryRun,
        KeyFilter filter,
        int objectsInFlight,
        Consumer<UploadSpec.Builder> perUpload,
        Consumer<DownloadSpec.Builder> perDownload,
        BatchListener listener) {

    /** Checks every value: one source, one target, at least one of them in S3, neither inside the other. */
    public SyncSpec {
        Check.that(
                (sourceDirectory == null) != (sourcePrefix == null),
                "source",
                "give a directory or an S3 prefix as the source");
        Check.that(
                (targetDirectory == null) != (targetPrefix == null),
                "target",
                "give a directory or an S3 prefix as the target");
        if (sourceDirectory != null && targetDirectory != null) {
            throw new InvalidArgumentException(
                    "target", "both sides are local directories; one of them must be an s3:// path");
        }
        if (sourcePrefix != null && targetPrefix != null) {
            String from = sourcePrefix.keyAsFolder();
            String to = targetPrefix.keyAsFolder();
            Check.that(
                    !sourcePrefix.bucket().equals(targetPrefix.bucket())
                            || !(from.startsWith(to) || to.startsWith(from)),
                    "target",
                    targetPrefix + " and " + sourcePrefix + " overlap; give prefixes of which neither holds the other");
        }
        filter = filter == null ? KeyFilter.all() : filter;
        Check.inRange(objectsInFlight, 1, 1024, "objectsInFlight");
        perUpload = perUpload == null ? u -> {} : perUpload;
        perDownload = perDownload == null ? d -> {} : perDownload;
        listener = listener == null ? BatchListener.NONE : listener;
    }

    /** The source as it is written: the directory or {@code s3://bucket/prefix/}. */
    public String source() {
        return sourceDirectory != null
                ? sourceDirectory.toString()
                : asFolder(sourcePrefix).toString();
    }

    /** The target as it is written: the directory or {@code s3://bucket/prefix/}. */
    public String target() {
        return targetDirectory != null
                ? targetDirectory.toString()
                : asFolder(targetPrefix).toString();
    }

    private static S3Uri asFolder(S3Uri uri) {
        return new S3Uri(uri.bucket(), uri.keyAsFolder());
    }

    /** A new builder: no delete, size and time compared, every name, the default objects at once. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SyncSpec}; the spec checks every value when it is built. */
    public static final class Builder extends BatchSetters<Builder> implements SpecBuilder<Builder, SyncSpec> {
        private Path sourceDirectory;
        private S3Uri sourcePrefix;
        private Path targetDirectory;
        private S3Uri targetPrefix;
        private boolean delete;
        private boolean checksum;
        private boolean allowEmptySource;
        private boolean dryRun;
        private KeyFilter filter = KeyFilter.all();

        private Builder() {}

        /** Syncs from this local directory (it must exist). */
        public Builder source(Path directory) {
            this.sourceDirectory = directory;
            this.sourcePrefix = null;
            return this;
        }

        /** Syncs from this prefix, read as a folder. */
        public Builder source(S3Uri prefix) {
            this.sourcePrefix = prefix;
            this.sourceDirectory = null;
            return this;
        }

        /** Syncs into this local directory. */
        public Builder target(Path directory) {
            this.targetDirectory = directory;
            this.targetPrefix = null;
            return this;
        }

        /** Syncs into this prefix, read as a folder. */
        public Builder target(S3Uri prefix) {
            this.targetPrefix = prefix;
            this.targetDirectory = null;
            return this;
        }

        /** Deletes what the target has and the source does not. */
        public Builder delete(boolean delete) {
            this.delete = delete;
            return this;
        }

        /** Compares files of equal size by S3's stored checksum rather than by time. */
        public Builder checksum(boolean checksum) {
            this.checksum = checksum;
            return this;
        }

        /** Lets {@code delete} empty the target when the source is empty. */
        public Builder allowEmptySource(boolean allowEmptySource) {
            this.allowEmptySource = allowEmptySource;
            return this;
        }

        /** Plans only, changing nothing. */
        public Builder dryRun(boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        /** Which names are synced. */
        public Builder filter(KeyFilter filter) {
            this.filter = filter;
            return this;
        }

        /** The spec. */
        @Override
        public SyncSpec build() {
            return new SyncSpec(
                    sourceDirectory,
                    sourcePrefix,
                    targetDirectory,
                    targetPrefix,
                    delete,
                    checksum,
                    allowEmptySource,
                    dryRun,
                    filter,
                    objectsInFlight(),
                    perUpload(),
                    perDownload(),
                    listener());
        }
    }
}
