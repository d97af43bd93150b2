package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.AwsErrors;
import dev.awsrecipes.core.ParallelCalls;
import dev.awsrecipes.core.RecipeContext;
import dev.awsrecipes.s3.BatchResult;
import dev.awsrecipes.s3.BatchResult.FailedAction;
import dev.awsrecipes.s3.BatchSpec;
import dev.awsrecipes.s3.CopyObjectSpec;
import dev.awsrecipes.s3.DownloadSpec;
import dev.awsrecipes.s3.ObjectAction;
import dev.awsrecipes.s3.ObjectAction.Copy;
import dev.awsrecipes.s3.ObjectAction.Delete;
import dev.awsrecipes.s3.ObjectAction.DeleteFile;
import dev.awsrecipes.s3.ObjectAction.Download;
import dev.awsrecipes.s3.ObjectAction.Upload;
import dev.awsrecipes.s3.UploadSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Error;

/**
 * Carries out a {@link BatchSpec}: every transfer first, at most {@code objectsInFlight} objects at once, then
 * the deletions, objects in {@code DeleteObjects} batches of 1,000 keys (S3's maximum). A failed step is
 * recorded with its error and the others go on, so one bad file never stops a sync of thousands; the caller
 * sees every failure in the result. Each bucket is checked once before any step, so a missing bucket is one
 * clear error rather than one per object.
 */
final class BatchRunner {
    private static final int DELETE_BATCH = 1000;

    private final TransferRecipes transfers;
    private final RecipeContext context;
    private final S3Client s3;
    private final BatchSpec spec;
    private final AtomicLong transferred = new AtomicLong();
    private final AtomicLong deleted = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final Collection<FailedAction> failures = new ConcurrentLinkedQueue<>();

    BatchRunner(TransferRecipes transfers, RecipeContext context, S3Client s3, BatchSpec spec) {
        this.transfers = transfers;
        this.context = context;
        this.s3 = s3;
        this.spec = spec;
    }

    BatchResult run() {
        List<Callable<Void>> steps = new ArrayList<>();
        Map<String, List<Delete>> deletesPerBucket = new LinkedHashMap<>();
        List<DeleteFile> fileDeletes = new ArrayList<>();
        for (ObjectAction action : spec.actions()) {
            if (action instanceof Delete delete) {
                deletesPerBucket
                        .computeIfAbsent(delete.target().bucket(), b -> new ArrayList<>())
                        .add(delete);
            } else if (action instanceof DeleteFile file) {
                fileDeletes.add(file);
            } else {
                steps.add(() -> {
                    transfer(action);
                    return null;
                });
            }
        }
        ParallelCalls.eachOutcome(context.executor(), spec.objectsInFlight(), steps);
        List<Callable<Void>> deletions = new ArrayList<>();
        deletesPerBucket.forEach((bucket, deletes) -> {
            for (int from = 0; from < deletes.size(); from += DELETE_BATCH) {
                List<Delete> batch = deletes.subList(from, Math.min(deletes.size(), from + DELETE_BATCH));
                deletions.add(() -> {
                    deleteObjects(bucket, batch);
                    return null;
                });
            }
        });
        for (DeleteFile file : fileDeletes) {
            deletions.add(() -> {
                deleteFile(file);
                return null;
            });
        }
        ParallelCalls.eachOutcome(context.executor(), spec.objectsInFlight(), deletions);
        return result();
    }

    /** What was done so far, and every failure. */
    BatchResult result() {
        return new BatchResult(transferred.get(), deleted.get(), bytes.get(), List.copyOf(failures));
    }

    private void transfer(ObjectAction action) {
        try {
            long moved;
            if (action instanceof Upload upload) {
                moved = upload(upload);
            } else if (action instanceof Download download) {
                moved = download(download);
            } else {
                moved = copy((Copy) action);
            }
            transferred.incrementAndGet();
            bytes.addAndGet(moved);
            spec.listener().finished(action, null);
        } catch (RuntimeException | IOException e) {
            failed(action, e);
        }
    }

    private long upload(Upload upload) throws IOException {
        Path file = upload.file();
        long size = TransferRecipes.checkedFileSize(file);
        FileTime modified = Files.getLastModifiedTime(file);
        UploadSpec.Builder builder = UploadSpec.builder();
        builder.contentType(ContentTypes.of(file));
        spec.perUpload().accept(builder);
        UploadSpec one = builder.bucket(upload.target().bucket())
                .key(upload.target().key())
                .file(file)
                .build();
        long stored = transfers.uploadChecked(s3, one, size).bytes();
        if (upload.move()) {
            if (Files.size(file) != size || !Files.getLastModifiedTime(file).equals(modified)) {
                throw new IOException(file + " changed while it was uploaded; it is kept");
            }
            Files.delete(file);
        }
        return stored;
    }

    private long download(Download download) throws IOException {
        Path file = download.file().toAbsolutePath();
        Files.createDirectories(file.getParent());
        DownloadSpec.Builder builder = DownloadSpec.builder();
        spec.perDownload().accept(builder);
        long fetched = transfers
                .download(
                        builder.bucket(download.source().bucket())
                                .key(download.source().key())
                                .file(file)
                                .overwrite(true)
                                // What an interrupted or disk-full run kept beside the file is continued, not fetched
                                // again.
                                .resume(true)
                                .build(),
                        // The listed size: a small object is then one GET, a large one planned as before.
                        OptionalLong.of(download.bytes()))
                .bytes();
        if (download.lastModified() != null) {
            Files.setLastModifiedTime(file, FileTime.from(download.lastModified()));
        }
        if (download.move()) {
            s3.deleteObject(r ->
                    r.bucket(download.source().bucket()).key(download.source().key()));
        }
        return fetched;
    }

    private long copy(Copy copy) {
        CopyObjectSpec one = CopyObjectSpec.builder()
                .sourceBucket(copy.source().bucket())
                .sourceKey(copy.source().key())
                .bucket(copy.target().bucket())
                .key(copy.target().key())
                .build();
        return new ObjectCopier(context).copy(one, copy.move()).bytes();
    }

    /**
     * Deletes up to 1,000 objects of one bucket with one {@code DeleteObjects}; each key S3 could not delete
     * is a failure of its own, and the listener hears every key. Thread-safe: {@link ListingDeleter} sends
     * batches from several threads.
     */
    void deleteObjects(String bucket, List<Delete> batch) {
        Map<String, Delete> byKey = new LinkedHashMap<>();
        batch.forEach(d -> byKey.put(d.target().key(), d));
        try {
            List<ObjectIdentifier> keys = byKey.keySet().stream()
                    .map(k -> ObjectIdentifier.builder().key(k).build())
                    .toList();
            DeleteObjectsResponse response = s3.deleteObjects(
                    r -> r.bucket(bucket).delete(d -> d.objects(keys).quiet(true)));
            for (S3Error error : response.errors()) {
                Delete failed = byKey.remove(error.key());
                if (failed != null) {
                    String message = error.code() + ": " + error.message();
                    failures.add(new FailedAction(failed, message, new IOException(message)));
                    spec.listener().finished(failed, new IOException(message));
                }
            }
            for (Delete done : byKey.values()) {
                deleted.incrementAndGet();
                spec.listener().finished(done, null);
            }
        } catch (RuntimeException e) {
            byKey.values().forEach(d -> failed(d, e));
        }
    }

    private void deleteFile(DeleteFile file) {
        try {
            Files.deleteIfExists(file.file());
            deleted.incrementAndGet();
            spec.listener().finished(file, null);
        } catch (IOException e) {
            failed(file, new UncheckedIOException(e));
        }
    }

    private void failed(ObjectAction action, Exception error) {
        failures.add(new FailedAction(action, AwsErrors.describe(error), error));
        spec.listener().finished(action, error);
    }
}
