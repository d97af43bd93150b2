package dev.awsrecipes.s3;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.core.SpecBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What {@link S3Transfers#copy(CopySpec)} copies (or moves), named as {@code aws s3 cp} and {@code mv} name it:
 * a file or directory to S3, an object or prefix to a file or directory, or objects within S3 (server-side).
 *
 * <ul>
 *   <li>One object: a target that is a folder ({@code s3://b/p/}, a bucket, an existing directory, or one given
 *       with {@link Builder#toDirectory(Path)}) receives the source under its own name; otherwise the target is
 *       the new object or file itself.
 *   <li>Many objects: with {@link Builder#recursive(boolean) recursive} every object under the source folder
 *       ({@code s3://b/p} and {@code s3://b/p/} alike) or every file under the source directory; with a wildcard
 *       in the source key ({@code s3://b/logs/*.gz}) every key it matches. Each keeps its name relative to the
 *       source folder, which the {@link KeyFilter} is applied to, under the target folder.
 * </ul>
 *
 * <pre>{@code
 * BatchResult r = transfers.copy(c -> c.from(S3Uri.parse("source", "s3://team-logs/2026/"))
 *         .to(Path.of("logs")).recursive(true)
 *         .filter(KeyFilter.builder().exclude("*.tmp").build()));
 * }</pre>
 *
 * @param sourceObject the object, prefix or pattern copied from; null when the source is local
 * @param sourceFile the file or directory copied from; null when the source is in S3
 * @param targetObject the object or folder copied to; null when the target is local
 * @param targetFile the file or directory copied to; null when the target is in S3
 * @param targetIsDirectory whether a local target is a directory even if it does not exist yet (one object
 *     then lands under its own name inside it, as {@code aws s3 cp s3://b/k dir/} does)
 * @param recursive every object under the source folder or every file under the source directory
 * @param filter which names are taken
 * @param move delete each source once its copy is verified
 * @param objectsInFlight how many objects are transferred at once
 * @param perUpload settings for every upload (part size, concurrency, ...)
 * @param perDownload settings for every download
 * @param listener hears each step end
 */
public record CopySpec(
        S3Uri sourceObject,
        Path sourceFile,
        S3Uri targetObject,
        Path targetFile,
        boolean targetIsDirectory,
        boolean recursive,
        KeyFilter filter,
        boolean move,
        int objectsInFlight,
        Consumer<UploadSpec.Builder> perUpload,
        Consumer<DownloadSpec.Builder> perDownload,
        BatchListener listener) {

    /** Checks that there is one source and one target, and that at least one of them is in S3. */
    public CopySpec {
        if ((sourceObject == null) == (sourceFile == null)) {
            throw new InvalidArgumentException("source", "give either an S3 source or a local one");
        }
        if ((targetObject == null) == (targetFile == null)) {
            throw new InvalidArgumentException("target", "give either an S3 target or a local one");
        }
        if (sourceFile != null && targetFile != null) {
            throw new InvalidArgumentException(
                    "target", "target " + targetFile + " is local like the source; one of them must be an S3 path");
        }
        if (sourceFile != null) {
            Check.representable(sourceFile, "source");
        }
        if (targetFile != null) {
            Check.representable(targetFile, "target");
        }
        filter = filter == null ? KeyFilter.all() : filter;
        Check.inRange(objectsInFlight, 1, 1024, "objectsInFlight");
        perUpload = perUpload == null ? u -> {} : perUpload;
        perDownload = perDownload == null ? d -> {} : perDownload;
        listener = listener == null ? BatchListener.NONE : listener;
    }

    /** The S3 source, if the source is in S3. */
    public Optional<S3Uri> s3Source() {
        return Optional.ofNullable(sourceObject);
    }

    /** The S3 target, if the target is in S3. */
    public Optional<S3Uri> s3Target() {
        return Optional.ofNullable(targetObject);
    }

    /**
     * Whether the source names many objects: recursive, or a wildcard in an S3 source's key (a local source's
     * wildcards are the shell's to expand).
     */
    public boolean many() {
        return recursive || (sourceObject != null && sourceObject.hasWildcard());
    }

    /** The batch that carries out the planned steps with this spec's settings. */
    public BatchSpec batch(List<? extends ObjectAction> actions) {
        return BatchSpec.builder()
                .actions(actions)
                .objectsInFlight(objectsInFlight)
                .perUpload(perUpload)
                .perDownload(perDownload)
                .listener(listener)
                .build();
    }

    /** A new builder: nothing chosen yet, one object, every name, copies kept. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CopySpec}; the spec checks every value when it is built. */
    public static final class Builder extends BatchSetters<Builder> implements SpecBuilder<Builder, CopySpec> {
        private S3Uri sourceObject;
        private Path sourceFile;
        private S3Uri targetObject;
        private Path targetFile;
        private boolean targetIsDirectory;
        private boolean recursive;
        private KeyFilter filter = KeyFilter.all();
        private boolean move;

        private Builder() {}

        /** Copies from an object, a prefix ({@code s3://b/p/}) or a pattern ({@code s3://b/p/*.gz}). */
        public Builder from(S3Uri source) {
            this.sourceObject = source;
            this.sourceFile = null;
            return this;
        }

        /** Copies from a file, or with {@link #recursive} a directory. */
        public Builder from(Path source) {
            this.sourceFile = source;
            this.sourceObject = null;
            return this;
        }

        /** Copies to an object, or into a folder when the key is empty or ends with {@code /}. */
        public Builder to(S3Uri target) {
            this.targetObject = target;
            this.targetFile = null;
            return this;
        }

        /** Copies to a file, or into it when it is an existing directory (or many objects are copied). */
        public Builder to(Path target) {
            this.targetFile = target;
            this.targetObject = null;
            this.targetIsDirectory = false;
            return this;
        }

        /** Copies into a directory, created when missing. */
        public Builder toDirectory(Path target) {
            to(target);
            this.targetIsDirectory = true;
            return this;
        }

        /** Every object under the source folder, or every file under the source directory. */
        public Builder recursive(boolean recursive) {
            this.recursive = recursive;
            return this;
        }

        /** Which names are taken (relative to the source folder). */
        public Builder filter(KeyFilter filter) {
            this.filter = filter;
            return this;
        }

        /** Deletes each source once its copy is verified. */
        public Builder move(boolean move) {
            this.move = move;
            return this;
        }

        /** The spec. */
        @Override
        public CopySpec build() {
            return new CopySpec(
                    sourceObject,
                    sourceFile,
                    targetObject,
                    targetFile,
                    targetIsDirectory,
                    recursive,
                    filter,
                    move,
                    objectsInFlight(),
                    perUpload(),
                    perDownload(),
                    listener());
        }
    }
}
