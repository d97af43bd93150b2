package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.AwsErrors;
import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.s3.StaleUpload;
import dev.awsrecipes.s3.UnfinishedUploadException;
import dev.awsrecipes.s3.UploadProgress;
import dev.awsrecipes.s3.UploadResult;
import dev.awsrecipes.s3.UploadSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.Part;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * S12: one multipart upload from start (or resume) to a verified object. The upload's id is written to
 * a state file before the first part, so a killed process can be resumed; on any failure here the
 * upload is aborted and the state file removed, so nothing is left behind.
 */
final class MultipartUploader {
    private static final Logger LOG = LoggerFactory.getLogger(MultipartUploader.class);

    private final S3Client s3;
    private final Executor executor;
    private final UploadSpec spec;
    private final Path stateFile;
    private final MultipartStaleUploads unfinished;
    private final BandwidthLimiter limiter;

    MultipartUploader(
            S3Client s3,
            Executor executor,
            UploadSpec spec,
            Path stateDirectory,
            MultipartStaleUploads unfinished,
            BandwidthLimiter limiter) {
        this.s3 = s3;
        this.executor = executor;
        this.spec = spec;
        this.stateFile = UploadState.location(stateDirectory, spec.file(), spec.bucket(), spec.key());
        this.unfinished = unfinished;
        this.limiter = limiter;
    }

    UploadResult upload(long size) throws IOException {
        Optional<UploadState> previous = spec.uploadId().isPresent() ? Optional.empty() : readState(size);
        UploadState state;
        Map<Integer, Part> stored;
        boolean resumed = true;
        if (spec.uploadId().isPresent()) {
            state = adopt(spec.uploadId().get(), size);
            stored = storedParts(state.uploadId());
        } else if (spec.resume() && previous.isPresent()) {
            state = previous.get();
            checkUnchanged(state);
            stored = storedParts(state.uploadId());
            LOG.info(
                    "resuming upload {} of s3://{}/{}: S3 holds {} parts",
                    state.uploadId(),
                    spec.bucket(),
                    spec.key(),
                    stored.size());
        } else {
            previous.ifPresent(this::abandon);
            if (spec.resume()) {
                LOG.info(
                        "nothing to resume for {} -> s3://{}/{}; starting a new upload",
                        spec.file(),
                        spec.bucket(),
                        spec.key());
            }
            state = start(size);
            stored = Map.of();
            resumed = false;
        }
        try {
            spec.listener().multipartStarted(state.uploadId(), stateFile, resumed);
        } catch (RuntimeException e) {
            LOG.warn("upload listener failed on the start report; the upload goes on", e);
        }
        MultipartPlan plan = MultipartPlan.withPartSize(size, state.partSize());
        List<MultipartParts.SentPart> parts;
        CompleteMultipartUploadResponse done;
        try {
            parts = sendParts(plan, state.uploadId(), stored);
            done = complete(state.uploadId(), parts);
        } catch (RuntimeException | IOException | Error e) {
            abort(state.uploadId(), e);
            throw e;
        }
        UploadState.delete(stateFile);
        return verified(plan, parts, done);
    }

    /**
     * The state file's content. A damaged one (a crash of an older version, a disk error) must not orphan
     * the upload it described: the key's unfinished uploads are looked up, and with resume and exactly
     * one of them, that one is continued; otherwise the caller is told which exist, to resume or abort.
     */
    private Optional<UploadState> readState(long size) throws IOException {
        try {
            return UploadState.read(stateFile);
        } catch (UncheckedIOException damaged) {
            List<StaleUpload> open = unfinished.ofKey(spec.bucket(), spec.key());
            if (open.isEmpty()) {
                LOG.warn(
                        "{}; S3 holds no unfinished upload of s3://{}/{}, so it is replaced",
                        damaged.getCause().getMessage(),
                        spec.bucket(),
                        spec.key());
                UploadState.delete(stateFile);
                return Optional.empty();
            }
            if (spec.resume() && open.size() == 1) {
                LOG.info(
                        "{}; resuming the one unfinished upload of s3://{}/{}, {}",
                        damaged.getCause().getMessage(),
                        spec.bucket(),
                        spec.key(),
                        open.get(0).uploadId());
                return Optional.of(adopt(open.get(0).uploadId(), size));
            }
            String ids = open.stream()
                    .map(u -> u.uploadId() + (u.initiated() == null ? "" : " (started " + u.initiated() + ")"))
                    .collect(Collectors.joining(", "));
            throw new UnfinishedUploadException(
                    "upload state " + stateFile + " is damaged, and S3 holds " + open.size() + " unfinished upload"
                            + (open.size() == 1 ? "" : "s") + " of s3://" + spec.bucket() + "/" + spec.key() + ": "
                            + ids + "; resume one or abort them",
                    open,
                    stateFile,
                    damaged);
        }
    }

    /**
     * Takes over an upload no state file describes: its part size is that of its first part, and a new
     * state file is written for it. Parts it holds are kept only where size and CRC32C match the file.
     */
    private UploadState adopt(String uploadId, long size) throws IOException {
        Map<Integer, Part> parts = storedParts(uploadId);
        long partSize = parts.containsKey(1)
                ? parts.get(1).size()
                : parts.values().stream()
                        .mapToLong(Part::size)
                        .max()
                        .orElse(MultipartPlan.partSizeFor(size, spec.partSize()));
        UploadState state = UploadState.begin(uploadId, spec.file(), partSize);
        state.write(stateFile, spec.file(), spec.bucket(), spec.key());
        return state;
    }

    private UploadState start(long size) throws IOException {
        long partSize = MultipartPlan.partSizeFor(size, spec.partSize());
        if (partSize != spec.partSize()) {
            LOG.info(
                    "part size raised from {} to {} bytes so {} bytes fit in 10,000 parts",
                    spec.partSize(),
                    partSize,
                    size);
        }
        String uploadId = s3.createMultipartUpload(r -> {
                    r.bucket(spec.bucket()).key(spec.key()).checksumAlgorithm(ChecksumAlgorithm.CRC32_C);
                    spec.contentType().ifPresent(r::contentType);
                })
                .uploadId();
        UploadState state = UploadState.begin(uploadId, spec.file(), partSize);
        try {
            state.write(stateFile, spec.file(), spec.bucket(), spec.key());
        } catch (RuntimeException e) {
            abort(uploadId, e);
            throw e;
        }
        LOG.info("started upload {} of {} -> s3://{}/{}", uploadId, spec.file(), spec.bucket(), spec.key());
        return state;
    }

    private List<MultipartParts.SentPart> sendParts(MultipartPlan plan, String uploadId, Map<Integer, Part> stored)
            throws IOException {
        ProgressCounter<UploadProgress> progress = ProgressCounter.upload(spec.listener());
        progress.start(plan.fileSize(), plan.partCount());
        List<MultipartParts.SentPart> parts;
        try (FileChannel channel = FileChannel.open(spec.file(), StandardOpenOption.READ)) {
            parts = new MultipartParts(
                            s3, executor, spec, uploadId, channel, stored, progress, new TransferStop(), limiter)
                    .sendAll(plan.parts());
        }
        // The file may have changed while it was read; what S3 got would then be a mix of two versions.
        Optional<UploadState> state = UploadState.read(stateFile);
        if (state.isPresent()) {
            checkUnchanged(state.get());
        }
        return parts;
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

    /** The result, once a separate {@code HeadObject} shows S3 holds what the file's parts add up to. */
    private UploadResult verified(
            MultipartPlan plan, List<MultipartParts.SentPart> parts, CompleteMultipartUploadResponse done) {
        String expected = MultipartChecksums.composite(
                parts.stream().map(MultipartParts.SentPart::crc32c).toList());
        HeadObjectResponse head = UploadVerifier.verify(s3, spec.bucket(), spec.key(), plan.fileSize(), expected);
        int kept = (int) parts.stream().filter(MultipartParts.SentPart::kept).count();
        LOG.info(
                "completed s3://{}/{}: {} parts ({} kept from before), CRC32C {}",
                spec.bucket(),
                spec.key(),
                parts.size(),
                kept,
                expected);
        return new UploadResult(
                spec.bucket(),
                spec.key(),
                plan.fileSize(),
                done.eTag() != null ? done.eTag() : head.eTag(),
                parts.size(),
                plan.partSize(),
                expected,
                kept);
    }

    private void checkUnchanged(UploadState state) throws IOException {
        Optional<String> change = state.changeIn(spec.file());
        if (change.isPresent()) {
            throw new AwsRecipesException("cannot resume the upload of " + spec.file() + " to s3://" + spec.bucket()
                    + "/" + spec.key() + ": " + change.get() + "; upload it again without resume (the old upload "
                    + state.uploadId() + " is aborted then)");
        }
    }

    /** The parts S3 already has for the upload, by number. */
    private Map<Integer, Part> storedParts(String uploadId) {
        Map<Integer, Part> parts = new HashMap<>();
        try {
            s3.listPartsPaginator(r -> r.bucket(spec.bucket()).key(spec.key()).uploadId(uploadId))
                    .parts()
                    .forEach(p -> parts.put(p.partNumber(), p));
        } catch (S3Exception e) {
            if (AwsErrors.hasCode(e, "NoSuchUpload")) {
                UploadState.delete(stateFile);
                throw new AwsRecipesException(
                        "cannot resume: S3 no longer has upload " + uploadId + " of s3://" + spec.bucket() + "/"
                                + spec.key() + " (completed or aborted); upload again without resume",
                        e);
            }
            throw e;
        }
        return parts;
    }

    /** A previous upload of this file that is not being resumed: free its parts. */
    private void abandon(UploadState previous) {
        LOG.info("aborting earlier unfinished upload {} of s3://{}/{}", previous.uploadId(), spec.bucket(), spec.key());
        try {
            s3.abortMultipartUpload(r -> r.bucket(spec.bucket()).key(spec.key()).uploadId(previous.uploadId()));
        } catch (S3Exception e) {
            if (!AwsErrors.hasCode(e, "NoSuchUpload")) {
                throw e;
            }
            LOG.debug("earlier upload {} was already gone", previous.uploadId());
        }
        UploadState.delete(stateFile);
    }

    private void abort(String uploadId, Throwable failure) {
        LOG.warn("aborting upload {} of s3://{}/{}: {}", uploadId, spec.bucket(), spec.key(), failure.toString());
        try {
            s3.abortMultipartUpload(r -> r.bucket(spec.bucket()).key(spec.key()).uploadId(uploadId));
            UploadState.delete(stateFile);
        } catch (RuntimeException e) {
            // Keep the state file: the upload still exists, and a later run (or stale-uploads) can clean it.
            failure.addSuppressed(e);
        }
    }
}
