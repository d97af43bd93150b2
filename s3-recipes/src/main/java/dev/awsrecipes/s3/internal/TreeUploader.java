package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.AwsErrors;
import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.s3.TreeUploadResult;
import dev.awsrecipes.s3.TreeUploadResult.FailedFile;
import dev.awsrecipes.s3.TreeUploadResult.UploadedFile;
import dev.awsrecipes.s3.TreeUploadSpec;
import dev.awsrecipes.s3.UploadResult;
import dev.awsrecipes.s3.UploadSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * S14: every regular file under a directory to keys under a prefix, {@code fileConcurrency} files at a
 * time, each through the upload engine (large ones in parts). A source file is deleted only after its
 * upload returned, which happens only once {@code HeadObject} showed the object's size and CRC32C equal
 * the file's, and only if the file was not modified meanwhile.
 */
final class TreeUploader {
    private static final Logger LOG = LoggerFactory.getLogger(TreeUploader.class);

    private sealed interface Outcome permits Stored, Failed {}

    private record Stored(UploadedFile file) implements Outcome {}

    private record Failed(FailedFile file) implements Outcome {}

    private final TransferRecipes recipes;
    private final S3Client s3;
    private final TreeUploadSpec spec;

    TreeUploader(TransferRecipes recipes, S3Client s3, TreeUploadSpec spec) {
        this.recipes = recipes;
        this.s3 = s3;
        this.spec = spec;
    }

    TreeUploadResult run() {
        List<Path> files = files();
        ExecutorService pool = Executors.newFixedThreadPool(spec.fileConcurrency(), threads());
        List<UploadedFile> uploaded = new ArrayList<>();
        List<FailedFile> failed = new ArrayList<>();
        try {
            List<Future<Outcome>> outcomes = new ArrayList<>();
            files.forEach(file -> outcomes.add(pool.submit(() -> one(file))));
            for (Future<Outcome> outcome : outcomes) {
                Outcome o = outcome.get();
                if (o instanceof Stored s) {
                    uploaded.add(s.file());
                } else if (o instanceof Failed f) {
                    failed.add(f.file());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AwsRecipesException("upload of " + spec.directory() + " was interrupted", e);
        } catch (ExecutionException e) {
            throw new AwsRecipesException("upload of " + spec.directory() + " failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        LOG.info(
                "uploaded {} files from {} to s3://{}/{}, {} failed",
                uploaded.size(),
                spec.directory(),
                spec.bucket(),
                spec.prefix(),
                failed.size());
        return new TreeUploadResult(spec.bucket(), spec.prefix(), uploaded, failed);
    }

    private Outcome one(Path file) {
        String key = keyOf(file);
        try {
            long size = Files.size(file);
            FileTime modified = Files.getLastModifiedTime(file);
            UploadSpec.Builder builder = UploadSpec.builder();
            String guessed =
                    URLConnection.guessContentTypeFromName(file.getFileName().toString());
            if (guessed != null) {
                builder.contentType(guessed);
            }
            spec.perFile().accept(builder);
            UploadSpec upload =
                    builder.bucket(spec.bucket()).key(key).file(file).build();
            UploadResult result = recipes.uploadChecked(s3, upload, size);
            boolean removed = spec.removeSource() && removeIfUnchanged(file, size, modified);
            return new Stored(new UploadedFile(file, key, result.bytes(), result.parts(), removed));
        } catch (RuntimeException | IOException e) {
            LOG.warn("could not upload {} to s3://{}/{}: {}", file, spec.bucket(), key, e.toString());
            return new Failed(new FailedFile(file, key, AwsErrors.describe(e), e));
        }
    }

    /** Deletes the file if it is still what was uploaded; a file changed since is kept (and logged). */
    private static boolean removeIfUnchanged(Path file, long size, FileTime modified) throws IOException {
        if (Files.size(file) != size || !Files.getLastModifiedTime(file).equals(modified)) {
            LOG.warn("{} changed while it was uploaded; it is kept", file);
            return false;
        }
        Files.delete(file);
        return true;
    }

    private String keyOf(Path file) {
        Path relative = spec.directory().relativize(file);
        List<String> names = new ArrayList<>();
        relative.forEach(name -> names.add(name.toString()));
        return spec.prefix() + String.join("/", names);
    }

    private List<Path> files() {
        try (Stream<Path> walk = Files.walk(spec.directory())) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.naturalOrder())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + spec.directory(), e);
        }
    }

    private static java.util.concurrent.ThreadFactory threads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "s3-upload-tree-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
