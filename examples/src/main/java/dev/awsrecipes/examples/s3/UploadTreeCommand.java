package dev.awsrecipes.examples.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.examples.cli.Converters;
import dev.awsrecipes.examples.cli.RecipeCommand;
import dev.awsrecipes.s3.S3Transfers;
import dev.awsrecipes.s3.TreeUploadResult;
import dev.awsrecipes.s3.TreeUploadSpec;
import dev.awsrecipes.s3.UploadSpec;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aws-recipes upload-tree}: S14, a directory to keys under a prefix, optionally moving the files. */
@Command(
        name = "upload-tree",
        description = "Upload every file under a directory to keys under a prefix, several at once; with"
                + " --remove-source, delete each file once its object is verified.")
public final class UploadTreeCommand extends RecipeCommand<TreeUploadResult> {
    @Option(names = "--bucket", required = true, paramLabel = "B", description = "Bucket name (must exist).")
    String bucket;

    @Option(names = "--prefix", defaultValue = "", paramLabel = "P", description = "Key prefix, e.g. backups/.")
    String prefix;

    @Parameters(index = "0", paramLabel = "DIR", description = "The directory to upload, recursively.")
    Path directory;

    @Option(names = "--remove-source", description = "Delete each file after its object is stored and verified.")
    boolean removeSource;

    @Option(
            names = "--concurrency",
            paramLabel = "N",
            defaultValue = "4",
            description = "Files sent at once, 1 to 32 (default 4).")
    int concurrency;

    @Option(
            names = "--part-size",
            paramLabel = "SIZE",
            converter = Converters.SizeConverter.class,
            defaultValue = "8MiB",
            description = "Part size for large files, at least 5MiB (default 8MiB).")
    long partSize;

    @Option(
            names = "--part-concurrency",
            paramLabel = "N",
            defaultValue = "4",
            description = "Parts in flight per large file, 1 to 64 (default 4).")
    int partConcurrency;

    private TreeUploadSpec treeSpec;

    @Override
    protected void validate() {
        if (!Files.isDirectory(directory)) {
            throw new InvalidArgumentException(
                    "directory",
                    "directory " + directory + (Files.exists(directory) ? " is not a directory" : " does not exist"));
        }
        UploadSpec.builder().partSize(partSize).concurrency(partConcurrency);
        treeSpec = TreeUploadSpec.builder()
                .bucket(bucket)
                .prefix(prefix)
                .directory(directory)
                .removeSource(removeSource)
                .fileConcurrency(concurrency)
                .perFile(u -> u.partSize(partSize).concurrency(partConcurrency))
                .build();
    }

    @Override
    protected TreeUploadResult run(Aws aws) {
        return S3Transfers.using(aws).uploadTree(treeSpec);
    }

    @Override
    protected void printText(PrintWriter out, TreeUploadResult r) {
        r.uploaded()
                .forEach(f -> out.println("uploaded " + f.file() + " -> s3://" + r.bucket() + "/" + f.key()
                        + (f.removed() ? " (source removed)" : "")));
        r.failed().forEach(f -> progress().println("failed " + f.file() + ": " + f.message()));
        out.printf(
                "%d files, %d bytes to s3://%s/%s; %d removed, %d failed%n",
                r.uploaded().size(),
                r.bytes(),
                r.bucket(),
                r.prefix(),
                r.removed(),
                r.failed().size());
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
        return json;
    }

    /** Some files failing is a failure of the command, even though the others were stored. */
    @Override
    protected int exitCode(TreeUploadResult result) {
        return result.complete() ? 0 : 1;
    }
}
