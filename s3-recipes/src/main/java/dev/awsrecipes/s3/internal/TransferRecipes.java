package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.AwsErrors;
import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.InternalApi;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.core.RecipeContext;
import dev.awsrecipes.s3.BatchListener;
import dev.awsrecipes.s3.BatchResult;
import dev.awsrecipes.s3.BatchResult.FailedAction;
import dev.awsrecipes.s3.BatchSpec;
import dev.awsrecipes.s3.BucketNames;
import dev.awsrecipes.s3.BucketNotFoundException;
import dev.awsrecipes.s3.CopyPlan;
import dev.awsrecipes.s3.CopySpec;
import dev.awsrecipes.s3.DownloadResult;
import dev.awsrecipes.s3.DownloadSpec;
import dev.awsrecipes.s3.ListSpec;
import dev.awsrecipes.s3.ListedObject;
import dev.awsrecipes.s3.ObjectAction;
import dev.awsrecipes.s3.S3Limits;
import dev.awsrecipes.s3.S3Transfers;
import dev.awsrecipes.s3.StaleUpload;
import dev.awsrecipes.s3.StreamUploadSpec;
import dev.awsrecipes.s3.SyncResult;
import dev.awsrecipes.s3.SyncSpec;
import dev.awsrecipes.s3.TreeUploadResult;
import dev.awsrecipes.s3.TreeUploadSpec;
import dev.awsrecipes.s3.UploadResult;
import dev.awsrecipes.s3.UploadSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The transfer recipes: checks the input, makes sure the bucket exists, then hands over to the engine.
 * Public only so that {@link S3Transfers#using} and {@link S3Transfers#builder} can make it; not API.
 */
@InternalApi
public final class TransferRecipes implements S3Transfers {
    private final RecipeContext context;

    /** The transfers over the session; use {@link S3Transfers#using} instead. */
    public TransferRecipes(RecipeContext context) {
        this.context = Check.notNull(context, "context");
    }

    @Override
    public UploadResult upload(UploadSpec spec) {
        Check.notNull(spec, "spec");
        long size = checkedFileSize(spec.file());
        S3Client s3 = S3Services.client(context);
        requireBucket(s3, spec.bucket());
        return uploadChecked(s3, spec, size);
    }

    @Override
    public UploadResult upload(StreamUploadSpec spec) {
        Check.notNull(spec, "spec");
        S3Client s3 = S3Services.client(context);
        requireBucket(s3, spec.bucket());
        return new StreamUploader(s3, context.executor(), spec, BandwidthLimiter.of(spec.maxBandwidth())).upload();
    }

    /** The upload once the file and the bucket have been checked, at the spec's own bandwidth limit. */
    UploadResult uploadChecked(S3Client s3, UploadSpec spec, long size) {
        return uploadChecked(s3, spec, size, BandwidthLimiter.of(spec.maxBandwidth()));
    }

    /**
     * The upload once the file and the bucket have been checked (the tree checks the bucket once), held to
     * {@code limiter}, which a tree's files share.
     */
    UploadResult uploadChecked(S3Client s3, UploadSpec spec, long size, BandwidthLimiter limiter) {
        try {
            if (size == 0 || size < spec.multipartThreshold()) {
                return UploadSinglePut.put(s3, spec, size, limiter);
            }
            return new MultipartUploader(
                            s3, context.executor(), spec, stateDirectory(spec), new MultipartStaleUploads(s3), limiter)
                    .upload(size);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + spec.file() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public DownloadResult download(DownloadSpec spec) {
        return download(spec, OptionalLong.empty());
    }

    /**
     * {@link #download(DownloadSpec)} of an object whose size a listing reported, if it did: a download to
     * a file of an object that fits in one range is one GET ({@link WholeObjectDownload}), a larger one
     * listed as such is planned with a {@code HeadObject} first.
     */
    DownloadResult download(DownloadSpec spec, OptionalLong listedSize) {
        Check.notNull(spec, "spec");
        spec.file().ifPresent(file -> checkTarget(file, spec.overwrite()));
        S3Client s3 = S3Services.client(context);
        try {
            if (WholeObjectDownload.applies(spec, listedSize)) {
                return WholeObjectDownload.download(s3, context.executor(), spec);
            }
            DownloadPlan plan = ObjectDownloads.plan(s3, spec);
            return spec.file().isPresent()
                    ? new FileDownloader(s3, context.executor(), spec, plan).download()
                    : new StreamDownloader(s3, context.executor(), spec, plan).download();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AwsRecipesException(
                    "download of s3://" + spec.bucket() + "/" + spec.key() + " was interrupted", e);
        }
    }

    /** A target that can be created: its directory exists, and it does not (unless it may be replaced). */
    private static void checkTarget(Path file, boolean overwrite) {
        Path absolute = file.toAbsolutePath();
        Path directory = absolute.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new InvalidArgumentException("file", "directory " + directory + " of " + file + " does not exist");
        }
        if (!Files.isWritable(directory)) {
            throw new InvalidArgumentException("file", "directory " + directory + " is not writable");
        }
        if (Files.isDirectory(absolute)) {
            throw new InvalidArgumentException("file", file + " is a directory; give the file to create");
        }
        if (Files.exists(absolute) && !overwrite) {
            throw new InvalidArgumentException(
                    "file", "file " + file + " exists; give overwrite (--overwrite) to replace it");
        }
    }

    @Override
    public TreeUploadResult uploadTree(TreeUploadSpec spec) {
        Check.notNull(spec, "spec");
        Path directory = spec.directory();
        if (!Files.isDirectory(directory)) {
            throw new InvalidArgumentException(
                    "directory",
                    "directory " + directory + (Files.exists(directory) ? " is not a directory" : " does not exist"));
        }
        S3Client s3 = S3Services.client(context);
        requireBucket(s3, spec.bucket());
        return new TreeUploader(this, s3, context.executor(), spec, treeLimiter(spec)).run();
    }

    /** One limiter for all the tree's files, at the rate the per-file settings give. */
    private static BandwidthLimiter treeLimiter(TreeUploadSpec spec) {
        UploadSpec perFile = UploadSpec.builder()
                .applyMutation(spec.perFile())
                .bucket(spec.bucket())
                .key("k")
                .file(spec.directory())
                .build();
        return BandwidthLimiter.of(perFile.maxBandwidth());
    }

    @Override
    public List<StaleUpload> abortUpload(UploadSpec spec) {
        Check.notNull(spec, "spec");
        S3Client s3 = S3Services.client(context);
        requireBucket(s3, spec.bucket());
        Path stateFile = UploadState.location(stateDirectory(spec), spec.file(), spec.bucket(), spec.key());
        Optional<UploadState> state;
        try {
            state = UploadState.read(stateFile);
        } catch (UncheckedIOException damaged) {
            state = Optional.empty();
        }
        MultipartStaleUploads uploads = new MultipartStaleUploads(s3);
        List<StaleUpload> targets = state.map(
                        st -> List.of(new StaleUpload(spec.bucket(), spec.key(), st.uploadId(), null)))
                .orElseGet(() -> uploads.ofKey(spec.bucket(), spec.key()));
        List<StaleUpload> aborted = uploads.abortAll(spec.bucket(), targets);
        UploadState.delete(stateFile);
        return aborted;
    }

    @Override
    public CopyPlan planCopy(CopySpec spec) {
        Check.notNull(spec, "spec");
        S3Client s3 = S3Services.client(context);
        CopyPlanner planner = new CopyPlanner(spec, listing -> new ObjectListing(s3, listing).stream());
        planner.checkInput();
        spec.s3Source().ifPresent(source -> requireBucket(s3, source.bucket()));
        spec.s3Target()
                .filter(target -> spec.s3Source()
                        .map(source -> !source.bucket().equals(target.bucket()))
                        .orElse(true))
                .ifPresent(target -> requireBucket(s3, target.bucket()));
        return planner.plan();
    }

    @Override
    public BatchResult copy(CopySpec spec) {
        CopyPlan plan = planCopy(spec);
        plan.refused().forEach(refused -> spec.listener().finished(refused.action(), refused.error()));
        BatchResult done =
                plan.actions().isEmpty() ? new BatchResult(0, 0, 0, List.of()) : run(spec.batch(plan.actions()));
        List<FailedAction> failures = new ArrayList<>(plan.refused());
        failures.addAll(done.failures());
        return new BatchResult(done.transferred(), done.deleted(), done.bytes(), failures);
    }

    @Override
    public Stream<ListedObject> listObjects(ListSpec spec) {
        Check.notNull(spec, "spec");
        S3Client s3 = S3Services.client(context);
        requireBucket(s3, spec.bucket());
        return new ObjectListing(s3, spec).stream();
    }

    @Override
    public BatchResult run(BatchSpec spec) {
        Check.notNull(spec, "spec");
        S3Client s3 = S3Services.client(context);
        spec.actions().stream().flatMap(TransferRecipes::buckets).distinct().forEach(b -> requireBucket(s3, b));
        return new BatchRunner(this, context, s3, spec).run();
    }

    @Override
    public SyncResult sync(SyncSpec spec) {
        Check.notNull(spec, "spec");
        Path directory = spec.sourceDirectory();
        if (directory != null && !Files.isDirectory(directory)) {
            throw new InvalidArgumentException(
                    "source",
                    "directory " + directory + (Files.exists(directory) ? " is not a directory" : " does not exist"));
        }
        if (spec.targetDirectory() != null
                && Files.exists(spec.targetDirectory())
                && !Files.isDirectory(spec.targetDirectory())) {
            throw new InvalidArgumentException("target", spec.targetDirectory() + " is not a directory");
        }
        return new Syncer(this, context, S3Services.client(context), spec).run();
    }

    @Override
    public BatchResult deleteObjects(ListSpec objects, BatchListener listener) {
        Check.notNull(objects, "objects");
        S3Client s3 = S3Services.client(context);
        requireBucket(s3, objects.bucket());
        BatchRunner deletions = new BatchRunner(
                this, context, s3, BatchSpec.builder().listener(listener).build());
        return new ListingDeleter(context, s3, deletions).delete(objects);
    }

    private static Stream<String> buckets(ObjectAction action) {
        if (action instanceof ObjectAction.Upload u) {
            return Stream.of(u.target().bucket());
        }
        if (action instanceof ObjectAction.Download d) {
            return Stream.of(d.source().bucket());
        }
        if (action instanceof ObjectAction.Copy c) {
            return Stream.of(c.source().bucket(), c.target().bucket());
        }
        if (action instanceof ObjectAction.Delete d) {
            return Stream.of(d.target().bucket());
        }
        return Stream.empty();
    }

    @Override
    public List<StaleUpload> staleUploads(String bucket, Duration olderThan) {
        return staleUploadsOf(bucket, olderThan).list(bucket, olderThan);
    }

    @Override
    public List<StaleUpload> abortStaleUploads(String bucket, Duration olderThan) {
        return staleUploadsOf(bucket, olderThan).abort(bucket, olderThan);
    }

    /** The bucket's unfinished uploads, once the arguments are checked and the bucket is known to exist. */
    private MultipartStaleUploads staleUploadsOf(String bucket, Duration olderThan) {
        BucketNames.check("bucket", bucket);
        Check.notNull(olderThan, "olderThan");
        Check.that(!olderThan.isNegative(), "olderThan", "is " + olderThan + "; it must not be negative");
        S3Client s3 = S3Services.client(context);
        requireBucket(s3, bucket);
        return new MultipartStaleUploads(s3);
    }

    /** The file's size, or an error naming what is wrong with the path; no call is made before this. */
    static long checkedFileSize(Path file) {
        if (!Files.exists(file)) {
            throw new InvalidArgumentException("file", "file " + file + " does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidArgumentException("file", "file " + file + " is not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw new InvalidArgumentException("file", "file " + file + " is not readable");
        }
        try {
            long size = Files.size(file);
            Check.that(
                    size <= S3Limits.MAX_OBJECT_SIZE,
                    "file",
                    file + " is " + size + " bytes; an S3 object holds at most 5 TiB");
            return size;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file, e);
        }
    }

    /** Fails clearly when the bucket does not exist, before an upload is created that would have to be cleaned. */
    static void requireBucket(S3Client s3, String bucket) {
        try {
            s3.headBucket(r -> r.bucket(bucket));
        } catch (S3Exception e) {
            if (AwsErrors.isNotFound(e)) {
                throw new BucketNotFoundException(bucket, e);
            }
            if (e.statusCode() == 403) {
                throw new AwsRecipesException("bucket " + bucket + " is not accessible to these credentials", e);
            }
            throw e;
        }
    }

    private static Path stateDirectory(UploadSpec spec) {
        return spec.stateDirectory()
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".cache", "aws-recipes", "uploads"));
    }
}
