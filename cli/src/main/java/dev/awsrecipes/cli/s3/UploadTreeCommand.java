package dev.awsrecipes.cli.s3;

import dev.awsrecipes.cli.Converters;
import dev.awsrecipes.cli.Progress;
import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.S3Transfers;
import dev.awsrecipes.s3.TreeUploadListener;
import dev.awsrecipes.s3.TreeUploadResult;
import dev.awsrecipes.s3.TreeUploadSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aws-recipes upload-tree}: S14, a directory to keys under a prefix, optionally moving the files. */
@Command(
        name = "upload-tree",
        preprocessor = S3PathArgs.class,
        description = "Upload every file under a directory to keys under a prefix, several at once; with"
                + " --remove-source, delete each file once its object is verified.")
public final class UploadTreeCommand extends RecipeCommand<TreeUploadResult> {
    /** The session's default pool size ({@code Aws.Builder#maxConnections}). */
    private static final int SESSION_CONNECTIONS = 64;

    @Mixin
    BucketOption target;

    @Option(
            names = "--prefix",
            defaultValue = "",
            paramLabel = "P",
            description = "The folder the keys go under: backups and backups/ both store a.txt as backups/a.txt.")
    String prefix;

    @Parameters(
            index = "0",
            paramLabel = "DIR",
            description = "The directory to upload, recursively; a symbolic link given here is followed, those inside"
                    + " are skipped and listed.")
    Path directory;

    @Option(names = "--remove-source", description = "Delete each file after its object is stored and verified.")
    boolean removeSource;

    /**
     * 16 by default, not the library's 4: a small file costs a round trip more than bytes, so a tree of
     * many small files goes as fast as requests are in flight (2,000 files of 4 KiB to versitygw: see
     * docs/benchmarks/versitygw-many.md); large files are 16 x --part-concurrency parts at most, within the
     * session's connections (see {@link #configure}).
     */
    @Option(
            names = "--concurrency",
            paramLabel = "N",
            defaultValue = "16",
            description = "Files sent at once, 1 to 32 (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(
            names = "--part-size",
            paramLabel = "SIZE",
            converter = Converters.SizeConverter.class,
            defaultValue = "8MiB",
            description = "Part size for large files, at least 5MiB.")
    long partSize;

    @Option(
            names = "--part-concurrency",
            paramLabel = "N",
            defaultValue = "4",
            description = "Parts in flight per large file, 1 to 64.")
    int partConcurrency;

    @Option(
            names = "--max-bandwidth",
            paramLabel = "SIZE",
            converter = Converters.SizeConverter.class,
            defaultValue = "0",
            description = "The most bytes per second, all files together (e.g. 10MiB); 0 (default): no limit.")
    long maxBandwidth;

    private TreeUploadSpec treeSpec;

    @Override
    protected void validate() {
        treeSpec = TreeUploadSpec.builder()
                .bucket(target.bucket())
                .prefix(prefix)
                .directory(directory)
                .removeSource(removeSource)
                .fileConcurrency(concurrency)
                .perFile(u -> u.partSize(partSize).concurrency(partConcurrency).maxBandwidth(maxBandwidth))
                .build();
    }

    /**
     * Enough connections for every request the tree may have in flight (files x parts per file), so no
     * part waits for a connection, where the SDK gives up after 10 s; never fewer than the session's 64.
     */
    @Override
    protected Aws.Builder configure(Aws.Builder builder) {
        int inFlight = concurrency * partConcurrency;
        return inFlight > SESSION_CONNECTIONS ? builder.maxConnections(inFlight) : builder;
    }

    @Override
    protected TreeUploadResult run(Aws aws) {
        Progress progress = showProgress();
        Progress.Task[] task = new Progress.Task[1];
        TreeUploadListener listener = p -> {
            synchronized (task) {
                if (task[0] == null) {
                    task[0] = progress.task("upload-tree", p.bytesTotal(), "MiB", 1L << 20);
                }
                task[0].update(p.bytesDone(), p.bytesTotal(), p.filesDone() + "/" + p.filesTotal() + " files");
            }
        };
        try {
            return S3Transfers.using(aws)
                    .uploadTree(treeSpec.toBuilder().listener(listener).build());
        } finally {
            synchronized (task) {
                if (task[0] != null) {
                    task[0].close();
                }
            }
        }
    }

    @Override
    protected void printText(PrintWriter out, TreeUploadResult r) {
        r.uploaded()
                .forEach(f -> out.println("uploaded " + f.file() + " -> s3://" + r.bucket() + "/" + f.key()
                        + (f.removed() ? " (source removed)" : "")));
        r.failed().forEach(f -> progress().println("failed " + f.file() + ": " + f.message()));
        r.skipped().forEach(s -> out.println("skipped " + s.path() + ": " + s.reason()));
        out.printf(
                "%d files, %d bytes to s3://%s/%s; %d removed, %d failed, %d skipped%n",
                r.uploaded().size(),
                r.bytes(),
                r.bucket(),
                r.prefix(),
                r.removed(),
                r.failed().size(),
                r.skipped().size());
    }

    @Override
    protected Object jsonView(TreeUploadResult r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("bucket", r.bucket());
        json.put("prefix", r.prefix());
        json.put("files", r.uploaded().size());
        json.put("bytes", r.bytes());
        json.put("removed", r.removed());
        List<Map<String, String>> failed = r.failed().stream()
                .map(f -> Map.of("file", f.file().toString(), "key", f.key(), "message", f.message()))
                .toList();
        json.put("failed", failed);
        json.put(
                "skipped",
                r.skipped().stream()
                        .map(s -> Map.of("path", s.path().toString(), "reason", s.reason()))
                        .toList());
        return json;
    }

    /** Some files failing is a failure of the command, even though the others were stored. */
    @Override
    protected int exitCode(TreeUploadResult result) {
        return result.complete() ? 0 : 1;
    }
}
