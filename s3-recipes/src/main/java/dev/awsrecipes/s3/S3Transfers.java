package dev.awsrecipes.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.RecipeContext;
import dev.awsrecipes.core.RecipesBuilder;
import dev.awsrecipes.s3.internal.TransferRecipes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
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

    /** Multipart uploads in the bucket started longer ago than {@code olderThan} (zero: all of them). */
    List<StaleUpload> staleUploads(String bucket, Duration olderThan);

    /**
     * Aborts the multipart uploads in the bucket started longer ago than {@code olderThan}, which frees
     * their parts; returns those aborted. An upload that disappears meanwhile is skipped.
     */
    List<StaleUpload> abortStaleUploads(String bucket, Duration olderThan);
}
