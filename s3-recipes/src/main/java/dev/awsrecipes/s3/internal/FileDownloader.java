package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.s3.ChecksumCheck;
import dev.awsrecipes.s3.DownloadMismatchException;
import dev.awsrecipes.s3.DownloadProgress;
import dev.awsrecipes.s3.DownloadResult;
import dev.awsrecipes.s3.DownloadSpec;
import dev.awsrecipes.s3.LocalFileException;
import dev.awsrecipes.s3.ObjectChangedException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.zip.Checksum;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * S15 to a file: ranges fetched in parallel ({@code concurrency} at a time on the context's executor, by
 * {@link TransferParts}) and written at their positions into a temporary file beside
 * the target (so memory stays at one buffer per range in flight), a state file after every range so a
 * killed run can be resumed, the whole checked against S3's checksum, then renamed into place. The
 * target never exists half-written: it appears complete and verified, or not at all.
 *
 * <p>An object that fits in one range can instead be read from the body of the GET that planned it
 * ({@link #downloadFrom}): one request, and no state file, since one range has nothing to resume.
 */
final class FileDownloader {
    private static final Logger LOG = LoggerFactory.getLogger(FileDownloader.class);
    private static final String SUFFIX = ".aws-recipes-download";

    private final S3Client s3;
    private final Executor executor;
    private final DownloadSpec spec;
    private final DownloadPlan plan;
    private final Path target;
    private final Path partial;
    private final Path stateFile;
    /** Whether the body given to {@link #downloadFrom} was handed to the fetcher, which then closes it. */
    private boolean bodyTaken;

    FileDownloader(S3Client s3, Executor executor, DownloadSpec spec, DownloadPlan plan) {
        this.s3 = s3;
        this.executor = executor;
        this.spec = spec;
        this.plan = plan;
        this.target = spec.file().orElseThrow().toAbsolutePath();
        this.partial = partialFile(target);
        this.stateFile = stateFileOf(target);
    }

    /** The state file a resumable download into {@code target} keeps beside its partial file. */
    static Path stateFileOf(Path target) {
        Path partial = partialFile(target);
        return partial.resolveSibling(partial.getFileName() + ".state");
    }

    /** The temporary file a download into {@code target} writes. */
    static Path partialFile(Path target) {
        Path absolute = target.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + SUFFIX);
    }

    /** Fetches the plan's ranges (those a resumed run kept excepted), recording each in the state file. */
    DownloadResult download() throws InterruptedException {
        return download(null);
    }

    /**
     * Downloads the object from {@code body}, the unread response of the whole-object GET whose headers
     * made the plan (the object fits in one range): no other request unless reading it fails, and no
     * state file. Whatever fails before the bytes are verified leaves no file behind.
     */
    DownloadResult downloadFrom(ResponseInputStream<GetObjectResponse> body) throws InterruptedException {
        boolean verified = false;
        try {
            DownloadResult result = download(body);
            verified = true;
            return result;
        } catch (InvalidArgumentException refused) {
            // The verified file is kept in the partial file when the target appeared meanwhile (the message says so).
            verified = true;
            throw refused;
        } finally {
            if (!bodyTaken) {
                // Not read (the partial file could not be opened): drop the connection rather than drain it.
                body.abort();
                closeQuietly(body);
            }
            if (!verified) {
                discardQuietly();
            }
        }
    }

    private DownloadResult download(ResponseInputStream<GetObjectResponse> body) throws InterruptedException {
        boolean oneRequest = body != null;
        Map<Integer, Long> kept = spec.resume() && !oneRequest ? keptRanges() : Map.of();
        if (kept.isEmpty()) {
            deletePartial();
        }
        long[] crcs = new long[plan.ranges().size()];
        kept.forEach((index, crc) -> crcs[index] = crc);
        ProgressCounter<DownloadProgress> progress = ProgressCounter.download(spec.listener());
        long keptBytes = kept.keySet().stream()
                .mapToLong(i -> plan.ranges().get(i).length())
                .sum();
        progress.start(plan.size(), plan.ranges().size(), keptBytes, kept.size());
        TransferStop stop = new TransferStop();
        RangeFetcher fetcher = new RangeFetcher(s3, spec, plan, progress, stop);
        try (FileChannel channel = open();
                DownloadState state =
                        oneRequest ? null : DownloadState.begin(stateFile, spec.bucket(), spec.key(), plan, kept)) {
            RangeFetcher.Sink sink = (r, at, bytes, off, len) -> writeFully(channel, r.offset() + at, bytes, off, len);
            RangeFetcher.RangeDone done = (range, crc) -> {
                crcs[range.index()] = crc;
                if (state != null) {
                    state.done(range.index(), crc);
                }
                progress.done(range.length());
            };
            if (oneRequest) {
                // On this thread: one body to read, nothing to run in parallel. An empty object has no range.
                bodyTaken = true;
                if (plan.ranges().isEmpty()) {
                    closeQuietly(body); // nothing in it to drain
                } else {
                    fetcher.fetch(plan.ranges(), body, sink, done); // which closes it
                }
            } else {
                // One GET per run of consecutive missing ranges (up to the plan's request size), each range
                // recorded as soon as its last byte is written, so a kill mid-GET keeps the ranges it finished.
                List<List<DownloadPlan.Range>> requests = plan.requests(i -> !kept.containsKey(i));
                TransferParts.run(executor, spec.concurrency(), stop, requests, request -> {
                    fetcher.fetch(request, sink, done);
                    return null;
                });
            }
            ChecksumCheck checksum = verify(channel, crcs);
            moveIntoPlace();
            if (state != null) {
                state.close();
                DownloadState.delete(stateFile);
            }
            LOG.info(
                    "downloaded s3://{}/{} to {}: {} bytes in {} ranges ({} kept), {}",
                    spec.bucket(),
                    spec.key(),
                    target,
                    plan.size(),
                    plan.ranges().size(),
                    kept.size(),
                    checksum.text());
            return new DownloadResult(
                    spec.bucket(),
                    spec.key(),
                    plan.size(),
                    target,
                    plan.eTag(),
                    plan.ranges().size(),
                    plan.partSize(),
                    checksum,
                    kept.size(),
                    fetcher.bytesFetched());
        } catch (ObjectChangedException | DownloadMismatchException e) {
            // Nothing kept can be trusted: the next run starts over.
            discard(e);
            throw e;
        } catch (IOException e) {
            throw leftBehind(new LocalFileException(partial, "write", e));
        } catch (LocalFileException e) {
            throw leftBehind(e);
        } catch (AwsRecipesException e) {
            if (e instanceof InvalidArgumentException || oneRequest) {
                throw e; // one request kept nothing worth resuming: downloadFrom deletes what it wrote
            }
            throw new AwsRecipesException(
                    e.getMessage() + "; the ranges written so far are kept in " + partial
                            + ": run again with resume (--resume) to fetch only the rest",
                    e);
        }
    }

    /**
     * A local failure (a full disk) that says what stays on the disk: when the journal records finished
     * ranges, the partial file and state files are kept for a resume, with their sizes; otherwise nothing
     * in them can be resumed and they are deleted, so a full disk is not left fuller.
     */
    private LocalFileException leftBehind(LocalFileException failure) {
        List<Path> files = List.of(partial, stateFile, DownloadState.journalOf(stateFile));
        boolean resumable;
        try {
            resumable = Files.isRegularFile(partial)
                    && !DownloadState.finishedRanges(stateFile, spec.bucket(), spec.key(), plan)
                            .isEmpty();
        } catch (RuntimeException unreadable) {
            failure.addSuppressed(unreadable);
            resumable = false;
        }
        if (resumable) {
            List<LocalFileException.KeptFile> kept = new ArrayList<>();
            for (Path file : files) {
                try {
                    kept.add(new LocalFileException.KeptFile(file, Files.size(file)));
                } catch (IOException gone) {
                    // not there (or not readable): nothing to report for it
                }
            }
            LOG.warn("download of s3://{}/{} stopped: {} files kept for a resume", spec.bucket(), spec.key(), kept);
            return failure.leaving(kept, List.of());
        }
        List<Path> removed = new ArrayList<>();
        for (Path file : files) {
            try {
                if (Files.deleteIfExists(file)) {
                    removed.add(file);
                }
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
        return failure.leaving(List.of(), removed);
    }

    /** Ranges a previous run left that are still in the partial file with the CRC it recorded. */
    private Map<Integer, Long> keptRanges() {
        Map<Integer, Long> recorded = DownloadState.finishedRanges(stateFile, spec.bucket(), spec.key(), plan);
        if (recorded.isEmpty() || !Files.isRegularFile(partial)) {
            LOG.info("nothing to resume for s3://{}/{} into {}; starting over", spec.bucket(), spec.key(), target);
            return Map.of();
        }
        // A kill leaves the page cache intact, but the partial file may have been touched since: re-read
        // what is kept (cheap, local) rather than trust it.
        Map<Integer, Long> kept = new HashMap<>();
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.READ)) {
            for (Map.Entry<Integer, Long> e : recorded.entrySet()) {
                DownloadPlan.Range range = plan.ranges().get(e.getKey());
                if (crcOf(
                                channel,
                                range.offset(),
                                range.length(),
                                plan.rangeCrc().newCrc())
                        == e.getValue()) {
                    kept.put(e.getKey(), e.getValue());
                }
            }
        } catch (IOException ex) {
            throw new LocalFileException(partial, "read", ex);
        }
        LOG.info(
                "resuming s3://{}/{} into {}: {} of {} ranges kept",
                spec.bucket(),
                spec.key(),
                target,
                kept.size(),
                plan.ranges().size());
        return kept;
    }

    private FileChannel open() throws IOException {
        return FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
    }

    private ChecksumCheck verify(FileChannel channel, long[] crcs) {
        try {
            return verify(channel, plan, crcs);
        } catch (DownloadMismatchException e) {
            // If the layout was guessed wrong, check the bytes (read back once, locally) against the real one.
            List<Long> parts = ObjectLayout.correctedLayout(s3, spec.bucket(), spec.key(), plan)
                    .orElseThrow(() -> e);
            LOG.info(
                    "s3://{}/{} has parts of different sizes in the middle; checking again", spec.bucket(), spec.key());
            DownloadPlan actual =
                    DownloadPlan.of(plan.size(), plan.eTag(), plan.checksum(), parts, plan.partSize(), false, 0);
            return verify(channel, actual, rangeCrcsReadBack(channel, actual));
        }
    }

    private ChecksumCheck verify(FileChannel channel, DownloadPlan checked, long[] crcs) {
        return DownloadVerifier.verify(spec.bucket(), spec.key(), checked, crcs, () -> {
            try {
                return partDigests(channel, checked);
            } catch (IOException e) {
                throw new LocalFileException(partial, "read", e);
            }
        });
    }

    /** Every range's CRC for a plan, from the bytes in the partial file. */
    private long[] rangeCrcsReadBack(FileChannel channel, DownloadPlan checked) {
        long[] crcs = new long[checked.ranges().size()];
        try {
            for (DownloadPlan.Range range : checked.ranges()) {
                crcs[range.index()] = crcOf(
                        channel,
                        range.offset(),
                        range.length(),
                        checked.rangeCrc().newCrc());
            }
        } catch (IOException e) {
            throw new LocalFileException(partial, "read", e);
        }
        return crcs;
    }

    /** For a digest (SHA, or the MD5 of an ETag): the digest of each object part, read back from the partial file. */
    private static List<byte[]> partDigests(FileChannel channel, DownloadPlan plan) throws IOException {
        List<byte[]> digests = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.allocate(RangeFetcher.BUFFER);
        long offset = 0;
        for (long partSize : plan.objectParts()) {
            MessageDigest digest = plan.checksum().orElseThrow().algorithm().newDigest();
            for (long at = offset; at < offset + partSize; ) {
                buffer.clear().limit((int) Math.min(buffer.capacity(), offset + partSize - at));
                int n = channel.read(buffer, at);
                if (n < 0) {
                    throw new IOException("the partial file ends at " + at);
                }
                buffer.flip();
                digest.update(buffer);
                at += n;
            }
            digests.add(digest.digest());
            offset += partSize;
        }
        return digests;
    }

    private static long crcOf(FileChannel channel, long offset, long length, Checksum crc) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(RangeFetcher.BUFFER);
        for (long at = offset; at < offset + length; ) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), offset + length - at));
            int n = channel.read(buffer, at);
            if (n < 0) {
                return ~0; // shorter than recorded: not kept
            }
            buffer.flip();
            crc.update(buffer);
            at += n;
        }
        return crc.getValue();
    }

    private static void writeFully(FileChannel channel, long position, byte[] bytes, int off, int len)
            throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, off, len);
        long at = position;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
        }
    }

    /**
     * Renames the verified partial file to the target; without overwrite the target must be new, and a
     * file that appeared there during the download is kept and named in the error.
     */
    private void moveIntoPlace() {
        try {
            if (spec.overwrite()) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                placeAtNewName();
            }
        } catch (FileAlreadyExistsException e) {
            throw new InvalidArgumentException(
                    "file",
                    "file " + target + " appeared during the download; the verified object is kept in " + partial
                            + "; give overwrite (--overwrite) to replace the file");
        } catch (IOException e) {
            throw new LocalFileException(target, "rename " + partial + " to", e);
        }
    }

    /**
     * A rename replaces an existing file silently, so the target is made as a hard link, which the file
     * system refuses atomically when the name is taken, and the partial name is then removed. A file
     * system without hard links (FAT, some network mounts: the link fails with an error other than "file
     * exists") gets a move without replacing, which refuses a taken name too, only not atomically; so
     * does a path of another file-system provider than the platform's, which need not know hard links.
     */
    private void placeAtNewName() throws IOException {
        if (target.getFileSystem() == FileSystems.getDefault() && linked()) {
            Files.delete(partial);
        } else {
            Files.move(partial, target);
        }
    }

    /** Whether the target now exists as a hard link to the partial file; false where links are not made. */
    private boolean linked() throws IOException {
        try {
            Files.createLink(target, partial);
            return true;
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (FileSystemException noHardLinks) {
            LOG.debug("no hard link for {} ({}); moving it instead", target, noHardLinks.toString());
            return false;
        }
    }

    private void deletePartial() {
        try {
            Files.deleteIfExists(partial);
            DownloadState.delete(stateFile);
        } catch (IOException e) {
            throw new LocalFileException(partial, "delete", e);
        }
    }

    private static void closeQuietly(ResponseInputStream<GetObjectResponse> body) {
        try {
            body.close();
        } catch (IOException | RuntimeException e) {
            // aborted: nothing more is read from it
        }
    }

    private void discardQuietly() {
        try {
            deletePartial();
        } catch (RuntimeException e) {
            LOG.warn("could not delete {}: {}", partial, e.toString());
        }
    }

    private void discard(Throwable failure) {
        try {
            deletePartial();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
