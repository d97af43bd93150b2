package dev.awsrecipes.cli.s3;

import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.S3Transfers;
import dev.awsrecipes.s3.StaleUpload;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code aws-recipes stale-uploads}: multipart uploads never finished (billed until aborted); --abort frees them. */
@Command(
        name = "stale-uploads",
        preprocessor = S3PathArgs.class,
        description = "List multipart uploads older than an age that were never completed; --abort aborts them.")
public final class StaleUploadsCommand extends RecipeCommand<StaleUploadsCommand.Report> {
    @Mixin
    BucketOption target;

    @Option(
            names = "--older-than",
            paramLabel = "DURATION",
            defaultValue = "7d",
            description = "Only uploads started longer ago than this: 7d (default), 12h, 0s for all.")
    Duration olderThan;

    @Option(names = "--abort", description = "Abort them, deleting their parts.")
    boolean abort;

    /** What was found and whether it was aborted. */
    record Report(String bucket, List<StaleUpload> uploads, boolean aborted) {}

    @Override
    protected Report run(Aws aws) {
        S3Transfers transfers = S3Transfers.using(aws);
        List<StaleUpload> uploads = abort
                ? transfers.abortStaleUploads(target.bucket(), olderThan)
                : transfers.staleUploads(target.bucket(), olderThan);
        return new Report(target.bucket(), uploads, abort);
    }

    @Override
    protected void printText(PrintWriter out, Report r) {
        r.uploads()
                .forEach(u -> out.println((r.aborted() ? "aborted " : "") + u.uploadId() + "  " + u.initiated()
                        + "  s3://" + u.bucket() + "/" + u.key()));
        out.println(r.uploads().size() + " upload(s) older than " + olderThan + (r.aborted() ? " aborted" : ""));
    }

    @Override
    protected Object jsonView(Report r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("bucket", r.bucket());
        json.put(
                "uploads",
                r.uploads().stream()
                        .map(u -> {
                            Map<String, Object> upload = new LinkedHashMap<>();
                            upload.put("key", u.key());
                            upload.put("uploadId", u.uploadId());
                            upload.put("initiated", u.initiated());
                            return upload;
                        })
                        .toList());
        json.put("aborted", r.aborted());
        return json;
    }
}
