package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.AwsErrors;
import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.ParallelCalls;
import dev.awsrecipes.s3.TreeUploadListener.TreeUploadProgress;
import dev.awsrecipes.s3.TreeUploadResult;
import dev.awsrecipes.s3.TreeUploadResult.FailedFile;
import dev.awsrecipes.s3.TreeUploadResult.SkippedEntry;
import dev.awsrecipes.s3.TreeUploadResult.UploadedFile;
import dev.awsrecipes.s3.TreeUploadSpec;
import dev.awsrecipes.s3.UploadResult;
import dev.awsrecipes.s3.UploadSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLConnection;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * S14: every regular file under a directory to keys under a prefix, {@code fileConcurrency} files at a
 * time on the context's executor ({@link ParallelCalls}), each through the upload engine (large ones in
 * parts, which run on the same executor). A source file is deleted only after its upload returned, which
 * happens only once the object was shown to hold the file's bytes (the CRC32C S3 computed equals the
 * file's: see {@link UploadSinglePut} and {@link MultipartUploader}), and only if the file was not
 * modified meanwhile.
 */
record TreeUploader(
        TransferRecipes recipes, S3Client s3, Executor executor, TreeUploadSpec spec, BandwidthLimiter limiter) {
    private static final Logger LOG = LoggerFactory.getLogger(TreeUploader.class);

    private sealed interface Outcome permits Stored, Failed {}

    private record Stored(UploadedFile file) implements Outcome {}

    private record Failed(FailedFile file) implements Outcome {}

    TreeUploadResult run() {
        Listing listing = list();
        List<Path> files = listing.files();
        long bytesTotal = files.stream().mapToLong(TreeUploader::sizeOrZero).sum();
        ProgressCounter<TreeUploadProgress> progress = ProgressCounter.tree(spec.listener());
        progress.start(bytesTotal, files.size());
        List<UploadedFile> uploaded = new ArrayList<>();
        List<FailedFile> failed = new ArrayList<>(listing.unrepresentable());
        // A file that fails is an outcome, not an exception: only a bug ends the whole tree early.
        List<Callable<Outcome>> uploads = new ArrayList<>(files.size());
        files.forEach(file -> uploads.add(() -> {
            Outcome o = one(file);
            progress.done(sizeOrZero(file));
            return o;
        }));
        for (Outcome o : ParallelCalls.runAll(executor, spec.fileConcurrency(), uploads)) {
            if (o instanceof Stored s) {
                uploaded.add(s.file());
            } else if (o instanceof Failed f) {
                failed.add(f.file());
            }
        }
        failed.sort(Comparator.comparing(FailedFile::file));
        LOG.info(
                "uploaded {} files from {} to s3://{}/{}, {} failed, {} skipped",
                uploaded.size(),
                spec.directory(),
                spec.bucket(),
                spec.prefix(),
                failed.size(),
                listing.skipped().size());
        return new TreeUploadResult(spec.bucket(), spec.prefix(), uploaded, failed, listing.skipped());
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
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
            UploadResult result = recipes.uploadChecked(s3, upload, size, limiter);
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

    /**
     * The directory itself, followed when it is a symbolic link: a link given by the user ({@code
     * current -> releases/42}) means its target. Links inside the tree are not followed.
     */
    static Path followed(Path directory) {
        try {
            return Files.isSymbolicLink(directory) ? directory.toRealPath() : directory;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot follow " + directory, e);
        }
    }

    /** What is under the directory: the files to send, those skipped on purpose, names not decodable. */
    private record Listing(List<Path> files, List<SkippedEntry> skipped, List<FailedFile> unrepresentable) {}

    private Listing list() {
        Path root = spec.directory();
        Path start = followed(root);
        List<Path> files = new ArrayList<>();
        List<SkippedEntry> skipped = new ArrayList<>();
        List<FailedFile> unrepresentable = new ArrayList<>();
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (!dir.equals(start) && !Files.isReadable(dir)) {
                        skipped.add(new SkippedEntry(shown(dir), "directory not readable"));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    Path path = shown(file);
                    if (path.toString().indexOf('\uFFFD') >= 0) {
                        String message = Check.unrepresentable("file name " + path);
                        unrepresentable.add(new FailedFile(path, keyOf(path), message, null));
                    } else if (attributes.isSymbolicLink()) {
                        skipped.add(new SkippedEntry(path, "symbolic link (not followed)"));
                    } else if (!attributes.isRegularFile()) {
                        skipped.add(new SkippedEntry(path, "not a regular file (FIFO, socket or device)"));
                    } else if (!Files.isReadable(file)) {
                        skipped.add(new SkippedEntry(path, "not readable"));
                    } else {
                        files.add(path);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    skipped.add(new SkippedEntry(shown(file), "cannot be read: " + e.getMessage()));
                    return FileVisitResult.CONTINUE;
                }

                /** The entry as the user named it: under the directory given, not under the link's target. */
                private Path shown(Path entry) {
                    return root.resolve(start.relativize(entry));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + spec.directory(), e);
        }
        files.sort(Comparator.naturalOrder());
        skipped.sort(Comparator.comparing(SkippedEntry::path));
        return new Listing(files, skipped, unrepresentable);
    }
}
