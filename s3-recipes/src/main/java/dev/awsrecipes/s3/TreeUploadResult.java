package dev.awsrecipes.s3;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link S3Transfers#uploadTree} did, file by file. One file failing does not stop the others;
 * a failed file is never removed.
 *
 * @param bucket the bucket
 * @param prefix the key prefix
 * @param uploaded the files stored and verified, in path order
 * @param failed the files that could not be stored, in path order
 * @param skipped the entries left alone on purpose (symbolic links, FIFOs, sockets, devices, unreadable
 *     files and directories), in path order, each with the reason
 */
public record TreeUploadResult(
        String bucket,
        String prefix,
        List<UploadedFile> uploaded,
        List<FailedFile> failed,
        List<SkippedEntry> skipped) {

    /** Copies the lists, so the result never changes. */
    public TreeUploadResult {
        uploaded = List.copyOf(uploaded);
        failed = List.copyOf(failed);
        skipped = List.copyOf(skipped);
    }

    /** Bytes stored. */
    public long bytes() {
        return uploaded.stream().mapToLong(UploadedFile::bytes).sum();
    }

    /** Source files deleted. */
    public long removed() {
        return uploaded.stream().filter(UploadedFile::removed).count();
    }

    /** Whether every file was stored. */
    public boolean complete() {
        return failed.isEmpty();
    }

    /**
     * A file stored and verified.
     *
     * @param file the local file
     * @param key its object's key
     * @param bytes its size
     * @param parts parts it was sent in
     * @param removed whether the local file was deleted afterwards
     */
    public record UploadedFile(Path file, String key, long bytes, int parts, boolean removed) {}

    /**
     * A file that could not be stored (or could be stored but not removed).
     *
     * @param file the local file
     * @param key the key it was going to
     * @param message what went wrong, in one line
     * @param error the error itself
     */
    public record FailedFile(Path file, String key, String message, Throwable error) {}

    /**
     * An entry under the directory that was not uploaded, on purpose.
     *
     * @param path the entry
     * @param reason why, e.g. {@code symbolic link (not followed)}
     */
    public record SkippedEntry(Path path, String reason) {}
}
