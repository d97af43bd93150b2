package dev.awsrecipes.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.RecipeContext;
import dev.awsrecipes.core.RecipesBuilder;
import dev.awsrecipes.s3.internal.TransferRecipes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Large transfers (S12 multipart upload, S14 upload tree, S15 download) and the clean-up of multipart uploads
 * that never finished.
 *
 * <pre>{@code
 * S3Transfers transfers = S3Transfers.using(aws);
 * UploadResult r = transfers.upload(u -> u.bucket("backups").key("db.dump").file(Path.of("db.dump"))
 *         .listener(p -> log.info("{}%", (int) (100 * p.fraction()))));
 * }</pre>
 *
 * <p>Files are read part by part at their positions, never whole; parts go up concurrently, each with a
 * CRC32C that S3 checks, each retried on transient errors; a failed upload is aborted so no parts stay
 * behind; a killed upload can be resumed; the stored object is checked against the file at the end.
 */
public interface S3Transfers {

    /**
     * The transfers over a session ({@link Aws}) or another context; cheap, holds no state of its own.
     *
     * @param context where the transfers get their client and executor
     * @return the transfers
     */
    static S3Transfers using(RecipeContext context) {
        return new TransferRecipes(context);
    }

    /**
     * Transfers over the caller's own S3 client and executor, which the caller keeps owning:
     *
     * <pre>{@code
     * S3Transfers transfers = S3Transfers.builder().s3Client(myS3Client).executor(myExecutor).build();
     * }</pre>
     *
     * @return a builder; an S3 client is required
     */
    static Builder builder() {
        return new Builder();
    }

    /** Transfers over the caller's clients; nothing given is closed by the library. */
    final class Builder extends RecipesBuilder<Builder, S3Transfers> {
        private Builder() {
            super(TransferRecipes::new);
        }

        /**
         * The S3 client every transfer uses.
         *
         * @param s3 the caller's client
         * @return this builder
         */
        public Builder s3Client(S3Client s3) {
            return client(S3Recipes.S3, s3);
        }
    }

    /**
     * S12: stores a file as one object, in parts when it reaches the spec's threshold, and verifies it.
     * Bad input (a missing file, a part size under 5 MiB) fails before any call; a bucket that does not
     * exist fails before an upload is started. When parts fail beyond their retries the upload is
     * aborted and the error thrown.
     */
    UploadResult upload(UploadSpec spec);

    /** S12: {@link #upload(UploadSpec)} with a spec built in place. */
    default UploadResult upload(Consumer<UploadSpec.Builder> spec) {
        return upload(UploadSpec.builder().applyMutation(spec).build());
    }

    /**
     * Stores the bytes of a stream of unknown length (standard input, a pipe) as one object: one {@code
     * PutObject} when it ends within the first part, otherwise a multipart upload whose parts go up while
     * the next are read, at most {@code concurrency × partSize} bytes in memory (see {@link
     * StreamUploadSpec} for how the part size grows). Each part carries its CRC32C; the object's size and
     * checksum are verified at the end. Any failure aborts the multipart upload, so nothing is left in S3.
     * The stream is read to its end and never closed; a failure to read it is a {@link
     * dev.awsrecipes.core.LocalIoException}.
     */
    UploadResult upload(StreamUploadSpec spec);

    /** {@link #upload(StreamUploadSpec)} with a spec built in place. */
    default UploadResult uploadStream(Consumer<StreamUploadSpec.Builder> spec) {
        return upload(StreamUploadSpec.builder().applyMutation(spec).build());
    }

    /**
     * S14: stores every regular file under a directory (recursively, symbolic links not followed) under
     * a key prefix, several files at once, large ones in parts. With {@code removeSource}, a file is
     * deleted only after its object is verified (its CRC32C as S3 computed it on arrival, named in the
     * {@code PutObject} response, else read back with {@code HeadObject}) and only if it did not change
     * meanwhile.
     */
    TreeUploadResult uploadTree(TreeUploadSpec spec);

    /** S14: {@link #uploadTree(TreeUploadSpec)} with a spec built in place. */
    default TreeUploadResult uploadTree(Consumer<TreeUploadSpec.Builder> spec) {
        return uploadTree(TreeUploadSpec.builder().applyMutation(spec).build());
    }

    /**
     * S12: gives up an interrupted upload of the spec's file to its key: aborts the multipart upload its
     * state file names, or, when there is no readable state file, every unfinished upload of that exact
     * key (found with {@code ListMultipartUploads}), which frees their parts; deletes the state file.
     * Returns what was aborted (empty when nothing was left).
     */
    List<StaleUpload> abortUpload(UploadSpec spec);

    /**
     * S15: fetches an object into a file (or a stream) in parallel ranged GETs, each required to match
     * the ETag the object had at the start, and checks the bytes against the checksum S3 stores (full
     * object or composite; size and ETag where none is stored). To a file the bytes go into a temporary
     * file beside it that is renamed into place once verified; an existing file is an error before any
     * call unless {@code overwrite} is set; an interrupted download keeps what it wrote and is continued
     * with {@code resume}. A local write failure (a full disk) is a {@link LocalFileException}, not
     * retried.
     */
    DownloadResult download(DownloadSpec spec);

    /** S15: {@link #download(DownloadSpec)} with a spec built in place. */
    default DownloadResult download(Consumer<DownloadSpec.Builder> spec) {
        return download(DownloadSpec.builder().applyMutation(spec).build());
    }

    /** S15: fetches an object into a new file with the default settings. */
    default DownloadResult download(String bucket, String key, Path file) {
        return download(d -> d.bucket(bucket).key(key).file(file));
    }

    /**
     * The steps a copy or move would take (see {@link CopySpec} for how targets are named), worked out by
     * listing only: nothing is changed, so a dry run shows exactly these. Bad input (a missing local source, a
     * directory without {@code recursive}, two local paths) fails before any call; a missing bucket is a
     * {@link BucketNotFoundException}; a single source object that does not exist is an error.
     */
    CopyPlan planCopy(CopySpec spec);

    /** {@link #planCopy(CopySpec)} with a spec built in place. */
    default CopyPlan planCopy(Consumer<CopySpec.Builder> spec) {
        return planCopy(CopySpec.builder().applyMutation(spec).build());
    }

    /**
     * Copies (or with {@code move}, moves) files and objects as {@code aws s3 cp} and {@code mv} do: plans with
     * {@link #planCopy(CopySpec)}, then carries the steps out with {@link #run(BatchSpec)}, several objects at once,
     * each verified (uploads and downloads as {@link #upload} and {@link #download} verify them, copies
     * server-side, in parts above 5 GiB); a move deletes each source only once its copy is verified. Sources the
     * plan refused (a key that would be written outside the target directory) are reported to the listener and
     * listed among the failures; the rest go on.
     *
     * <pre>{@code
     * BatchResult r = transfers.copy(c -> c.from(Path.of("photos")).to(S3Uri.parse("target", "s3://b/photos/"))
     *         .recursive(true).listener((step, error) -> log.info("{} {}", step.describe(), error)));
     * }</pre>
     */
    BatchResult copy(CopySpec spec);

    /** {@link #copy(CopySpec)} with a spec built in place. */
    default BatchResult copy(Consumer<CopySpec.Builder> spec) {
        return copy(CopySpec.builder().applyMutation(spec).build());
    }

    /**
     * Copies every object under one folder to the same names under another, server-side: {@code s3://a/p} and
     * {@code s3://a/p/} both mean the folder {@code p/}.
     *
     * @param from the source folder
     * @param to the target folder
     * @return what was copied, and what failed
     */
    default BatchResult copyPrefix(S3Uri from, S3Uri to) {
        return copy(c -> c.from(from).to(to).recursive(true));
    }

    /**
     * The objects a spec names, page by page as S3 gives them, so any number of keys passes through in bounded
     * memory: one level with folders, every level, or the keys matching a {@link KeyGlob}, filtered by
     * {@link KeyFilter}. The stream is lazy; each page is one {@code ListObjectsV2} call made while it is
     * read. A bucket that does not exist is a {@link BucketNotFoundException} before the first entry.
     *
     * <pre>{@code
     * try (Stream<ListedObject> gz = transfers.listObjects(ListSpec.of(S3Uri.parse("path", "s3://logs/2026/*.gz"), true))) {
     *     long bytes = gz.mapToLong(ListedObject::bytes).sum();
     * }
     * }</pre>
     */
    Stream<ListedObject> listObjects(ListSpec spec);

    /** {@link #listObjects(ListSpec)} with a spec built in place. */
    default Stream<ListedObject> listObjects(Consumer<ListSpec.Builder> spec) {
        return listObjects(ListSpec.builder().applyMutation(spec).build());
    }

    /**
     * Carries out planned steps (uploads, downloads, copies, moves, deletions): the transfers first, several
     * objects at once, each verified as {@link #upload}, {@link #download} and copies are; then the
     * deletions, objects in {@code DeleteObjects} batches of 1,000. A step that fails is listed in the result
     * with its error and the others go on. Every bucket a step names is checked before any step runs.
     */
    BatchResult run(BatchSpec spec);

    /** {@link #run(BatchSpec)} with a spec built in place. */
    default BatchResult run(Consumer<BatchSpec.Builder> spec) {
        return run(BatchSpec.builder().applyMutation(spec).build());
    }

    /**
     * Makes a target equal to a source: a directory to a prefix, a prefix to a directory, or a prefix to a
     * prefix, as {@code aws s3 sync} does. Both sides are listed first (the filter applied to each), then
     * what the target lacks, holds at another size, or holds older than the source is transferred through
     * {@link #run(BatchSpec)}, each transfer verified; with {@code checksum}, equal sizes are compared by the
     * checksum S3 stores (one {@code HeadObject} each) instead of by time. With {@code delete}, what the
     * target has and the source does not is deleted afterwards; a source that is empty or could not be listed
     * completely refuses the sync with a {@link SyncRefusedException} before anything changes. Run again
     * after an interruption, it transfers only what is left. A dry run returns the plan and changes nothing.
     *
     * <pre>{@code
     * SyncResult r = transfers.sync(s -> s.source(Path.of("photos")).target(S3Uri.parse("target", "s3://backups/photos/")));
     * log.info("{} transferred, {} unchanged, {} failed", r.transferred(), r.unchanged(), r.failures().size());
     * }</pre>
     */
    SyncResult sync(SyncSpec spec);

    /** {@link #sync(SyncSpec)} with a spec built in place. */
    default SyncResult sync(Consumer<SyncSpec.Builder> spec) {
        return sync(SyncSpec.builder().applyMutation(spec).build());
    }

    /**
     * Deletes every object a listing names (a prefix, one level or every level, a {@link KeyGlob}, filtered by a
     * {@link KeyFilter}) while listing it: {@code DeleteObjects} batches of 1,000 keys are sent as the listing
     * fills them, several at once, so a prefix of millions of keys is never held in memory. Folders of a listing
     * that is not recursive are skipped. Each key's outcome goes to the listener as an
     * {@link ObjectAction.Delete}; a key S3 refuses is listed in the result's failures and the others go on. A
     * bucket that does not exist is a {@link BucketNotFoundException} before anything is deleted.
     *
     * <pre>{@code
     * BatchResult gone = transfers.deleteObjects(
     *         ListSpec.of(S3Uri.parse("path", "s3://team-logs/2026/*.tmp"), true),
     *         (action, error) -> log.info("{} {}", action.describe(), error == null ? "" : error));
     * if (!gone.succeeded()) { ... gone.failures() ... }
     * }</pre>
     *
     * @param objects what to delete; list it first with {@link #listObjects(ListSpec)} to see what that is
     * @param listener hears each key end, on several threads at once
     * @return how many were deleted, and the keys that were not
     */
    BatchResult deleteObjects(ListSpec objects, BatchListener listener);

    /** {@link #deleteObjects(ListSpec, BatchListener)} without a listener. */
    default BatchResult deleteObjects(ListSpec objects) {
        return deleteObjects(objects, BatchListener.NONE);
    }

    /** {@link #deleteObjects(ListSpec)} with the listing built in place. */
    default BatchResult deleteObjects(Consumer<ListSpec.Builder> objects) {
        return deleteObjects(ListSpec.builder().applyMutation(objects).build());
    }

    /** Multipart uploads in the bucket started longer ago than {@code olderThan} (zero: all of them). */
    List<StaleUpload> staleUploads(String bucket, Duration olderThan);

    /**
     * Aborts the multipart uploads in the bucket started longer ago than {@code olderThan}, which frees
     * their parts; returns those aborted. An upload that disappears meanwhile is skipped.
     */
    List<StaleUpload> abortStaleUploads(String bucket, Duration olderThan);
}
