package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.LocalIoException;
import dev.awsrecipes.s3.S3Limits;
import dev.awsrecipes.s3.StreamUploadSpec;
import dev.awsrecipes.s3.UploadProgress;
import dev.awsrecipes.s3.UploadResult;
import java.io.IOException;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * An upload of unknown length: the caller's stream is read one part at a time into memory (a
 * {@link StreamPart}) on the calling thread, while the parts read before go up on the context's executor
 * ({@link RunOnce} tasks, since the parts are not known up front as {@link TransferParts} needs). A
 * semaphore of {@code concurrency} permits, taken before a part is read and given back once it is
 * stored, bounds memory to {@code concurrency} parts. Part sizes come from {@link
 * MultipartPlan#streamPartSize}. On any failure the parts in flight are stopped and waited for and the
 * upload is aborted; the stream is left open.
 */
final class StreamUploader {
    private static final Logger LOG = LoggerFactory.getLogger(StreamUploader.class);
    private static final String TYPE = "application/octet-stream";

    private final S3Client s3;
    private final Executor executor;
    private final StreamUploadSpec spec;
    private final BandwidthLimiter limiter;
    private final ProgressCounter<UploadProgress> progress;
    private final TransferStop stop = new TransferStop();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    /** Never closed: it only wraps the caller's stream, which stays the caller's. */
    private final PushbackInputStream in;
    /** Bytes read from the stream into parts, on the reading thread. */
    private long total;

    StreamUploader(S3Client s3, Executor executor, StreamUploadSpec spec, BandwidthLimiter limiter) {
        this.s3 = s3;
        this.executor = executor;
        this.spec = spec;
        this.limiter = limiter;
        this.progress = ProgressCounter.upload(spec.listener());
        this.in = new PushbackInputStream(spec.input(), 1);
    }

    UploadResult upload() {
        progress.start(0, 0);
        StreamPart first = read(1);
        if (ended(first)) {
            return putSingle(first);
        }
        return multipart(first);
    }

    /** A stream that ends within its first part: one {@code PutObject}, retried like a part, then verified. */
    private UploadResult putSingle(StreamPart part) {
        long size = part.length();
        String checksum = MultipartChecksums.base64(part.crc32c());
        try {
            // The value alone, without naming the algorithm: see MultipartParts#sendWithRetries.
            TransferRetryPolicy.withRetries(
                    1,
                    spec.partAttempts(),
                    progress::retried,
                    () -> s3.putObject(
                            r -> {
                                r.bucket(spec.bucket())
                                        .key(spec.key())
                                        .contentLength(size)
                                        .checksumCRC32C(checksum);
                                spec.contentType().ifPresent(r::contentType);
                            },
                            RequestBody.fromContentProvider(
                                    () -> limiter.throttle(part.newStream(TransferStop.NEVER)),
                                    size,
                                    spec.contentType().orElse(TYPE))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted(e);
        }
        HeadObjectResponse head = UploadVerifier.verify(s3, spec.bucket(), spec.key(), size, checksum);
        progress.done(size);
        return new UploadResult(spec.bucket(), spec.key(), size, head.eTag(), 1, size, checksum, 0);
    }

    private UploadResult multipart(StreamPart first) {
        String uploadId = s3.createMultipartUpload(r -> {
                    r.bucket(spec.bucket()).key(spec.key()).checksumAlgorithm(ChecksumAlgorithm.CRC32_C);
                    spec.contentType().ifPresent(r::contentType);
                })
                .uploadId();
        LOG.info("started upload {} of a stream -> s3://{}/{}", uploadId, spec.bucket(), spec.key());
        try {
            spec.listener().multipartStarted(uploadId, null, false);
        } catch (RuntimeException e) {
            LOG.warn("upload listener failed on the start report; the upload goes on", e);
        }
        Semaphore room = new Semaphore(spec.concurrency() - 1); // the first part holds one permit already
        List<RunOnce<MultipartParts.SentPart>> sending = new ArrayList<>();
        try {
            List<MultipartParts.SentPart> parts = sendAll(uploadId, first, room, sending);
            String expected = MultipartChecksums.composite(
                    parts.stream().map(MultipartParts.SentPart::crc32c).toList());
            long size = total;
            CompleteMultipartUploadResponse done = complete(uploadId, parts);
            HeadObjectResponse head = UploadVerifier.verify(s3, spec.bucket(), spec.key(), size, expected);
            LOG.info(
                    "completed s3://{}/{} from a stream: {} bytes in {} parts, CRC32C {}",
                    spec.bucket(),
                    spec.key(),
                    size,
                    parts.size(),
                    expected);
            return new UploadResult(
                    spec.bucket(),
                    spec.key(),
                    size,
                    done.eTag() != null ? done.eTag() : head.eTag(),
                    parts.size(),
                    first.length(),
                    expected,
                    0);
        } catch (RuntimeException | Error e) {
            stop.raise();
            sending.forEach(RunOnce::cancelAndAwait);
            abort(uploadId, e);
            throw e;
        }
    }

    /**
     * Reads and hands over parts until the stream ends, then waits for them all; the stored parts in
     * order, or the failure that stopped the upload.
     */
    private List<MultipartParts.SentPart> sendAll(
            String uploadId, StreamPart first, Semaphore room, List<RunOnce<MultipartParts.SentPart>> sending) {
        StreamPart part = first;
        while (true) {
            StreamPart sent = part;
            total += sent.length();
            sending.add(RunOnce.submit(executor, () -> send(uploadId, sent, room)));
            if (ended(sent) || stop.isRaised()) {
                break;
            }
            int next = sent.number() + 1;
            if (next > S3Limits.MAX_PARTS) {
                throw new AwsRecipesException("the stream is longer than an S3 object may be: 10,000 parts hold "
                        + total + " bytes and it goes on; nothing was stored");
            }
            takeRoom(room, sending);
            if (stop.isRaised()) {
                room.release();
                break;
            }
            part = read(next);
            if (part.length() == 0) { // the last part was exactly full
                room.release();
                break;
            }
        }
        List<MultipartParts.SentPart> parts = new ArrayList<>();
        for (RunOnce<MultipartParts.SentPart> once : sending) {
            try {
                parts.add(once.join());
            } catch (RuntimeException e) {
                throw firstFailure(e);
            }
        }
        if (stop.isRaised()) {
            throw firstFailure(new AwsRecipesException("the upload was stopped"));
        }
        return parts;
    }

    /**
     * Waits for a permit to read one more part. A part the executor has not started (all its threads are
     * busy, or it refused the task) is sent on this thread meanwhile, so the wait always ends.
     */
    private void takeRoom(Semaphore room, List<RunOnce<MultipartParts.SentPart>> sending) {
        try {
            while (!room.tryAcquire(50, TimeUnit.MILLISECONDS)) {
                sending.stream().filter(RunOnce::unstarted).findFirst().ifPresent(RunOnce::run);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted(e);
        }
    }

    private MultipartParts.SentPart send(String uploadId, StreamPart part, Semaphore room) throws InterruptedException {
        try {
            if (stop.isRaised()) {
                throw TransferStop.stopped();
            }
            String checksum = MultipartChecksums.base64(part.crc32c());
            String eTag = TransferRetryPolicy.withRetries(
                    part.number(), spec.partAttempts(), progress::retried, stop, () -> s3.uploadPart(
                                    r -> r.bucket(spec.bucket())
                                            .key(spec.key())
                                            .uploadId(uploadId)
                                            .partNumber(part.number())
                                            .contentLength(part.length())
                                            .checksumCRC32C(checksum),
                                    RequestBody.fromContentProvider(
                                            () -> limiter.throttle(part.newStream(stop)), part.length(), TYPE))
                            .eTag());
            progress.done(part.length());
            return new MultipartParts.SentPart(part.number(), eTag, part.crc32c(), false);
        } catch (RuntimeException | InterruptedException | Error e) {
            if (stop.raise()) {
                failure.set(e);
            }
            throw e;
        } finally {
            part.release();
            room.release();
        }
    }

    /** The failure of the part that stopped the upload, if one did; otherwise {@code e}. */
    private RuntimeException firstFailure(RuntimeException e) {
        Throwable first = failure.get();
        if (first instanceof RuntimeException unchecked) {
            return unchecked;
        }
        if (first instanceof Error error) {
            throw error;
        }
        if (first instanceof InterruptedException interrupted) {
            return interrupted(interrupted);
        }
        return e;
    }

    /** The next part from the stream; a failure to read it is local, not S3's. */
    private StreamPart read(int number) {
        try {
            StreamPart part = StreamPart.read(number, in, MultipartPlan.streamPartSize(number, spec.partSize()));
            progress.grow(part.length(), part.length() > 0 ? 1 : 0);
            return part;
        } catch (IOException e) {
            throw new LocalIoException("the input stream", e);
        }
    }

    /** Whether the stream ended within the part (a short part, or a full one with nothing after it). */
    private boolean ended(StreamPart part) {
        if (part.length() < MultipartPlan.streamPartSize(part.number(), spec.partSize())) {
            return true;
        }
        try {
            int next = in.read();
            if (next < 0) {
                return true;
            }
            in.unread(next);
            return false;
        } catch (IOException e) {
            throw new LocalIoException("the input stream", e);
        }
    }

    private CompleteMultipartUploadResponse complete(String uploadId, List<MultipartParts.SentPart> parts) {
        List<CompletedPart> completed = parts.stream()
                .map(p -> CompletedPart.builder()
                        .partNumber(p.number())
                        .eTag(p.eTag())
                        .checksumCRC32C(MultipartChecksums.base64(p.crc32c()))
                        .build())
                .toList();
        return s3.completeMultipartUpload(r ->
                r.bucket(spec.bucket()).key(spec.key()).uploadId(uploadId).multipartUpload(m -> m.parts(completed)));
    }

    private void abort(String uploadId, Throwable cause) {
        LOG.warn(
                "aborting upload {} of a stream to s3://{}/{}: {}",
                uploadId,
                spec.bucket(),
                spec.key(),
                cause.toString());
        try {
            s3.abortMultipartUpload(r -> r.bucket(spec.bucket()).key(spec.key()).uploadId(uploadId));
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private AwsRecipesException interrupted(InterruptedException e) {
        return new AwsRecipesException(
                "upload of a stream to s3://" + spec.bucket() + "/" + spec.key() + " was interrupted", e);
    }
}
