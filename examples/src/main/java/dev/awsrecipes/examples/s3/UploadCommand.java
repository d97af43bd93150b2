package dev.awsrecipes.examples.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.examples.cli.Converters;
import dev.awsrecipes.examples.cli.RecipeCommand;
import dev.awsrecipes.s3.S3Transfers;
import dev.awsrecipes.s3.UploadResult;
import dev.awsrecipes.s3.UploadSpec;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;

/** {@code aws-recipes upload}: S12, one file to one object, in parallel parts, resumable, verified. */
@Command(
        name = "upload",
        description = "Upload a file to S3 in parallel parts with a progress bar; verify it; --resume continues"
                + " an upload that was interrupted.")
public final class UploadCommand extends RecipeCommand<UploadResult> {
    /**
     * Test hook (not an option): {@code -Daws-recipes.test.partDelayMillis=N} delays every part by N ms
     * so a test can kill the process between parts and then resume.
     */
    static final String PART_DELAY_PROPERTY = "aws-recipes.test.partDelayMillis";

    @Option(names = "--bucket", required = true, paramLabel = "B", description = "Bucket name (must exist).")
    String bucket;

    @Option(names = "--key", required = true, paramLabel = "K", description = "Object key.")
    String key;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to upload.")
    Path file;

    @Option(
            names = "--part-size",
            paramLabel = "SIZE",
            converter = Converters.SizeConverter.class,
            defaultValue = "8MiB",
            description = "Part size, 5MiB to 5GiB (default 8MiB); grown as needed to stay within 10,000 parts.")
    long partSize;

    @Option(
            names = "--concurrency",
            paramLabel = "N",
            defaultValue = "8",
            description = "Parts in flight at once, 1 to 64 (default 8).")
    int concurrency;

    @Option(names = "--resume", description = "Continue an interrupted upload of this file to this key.")
    boolean resume;

    @Option(
            names = "--state-dir",
            paramLabel = "DIR",
            description = "Where resume state is kept (default ~/.cache/aws-recipes/uploads).")
    Path stateDir;

    private UploadSpec uploadSpec;

    @Override
    protected void validate() {
        UploadSpec.Builder b = UploadSpec.builder()
                .bucket(bucket)
                .key(key)
                .file(file)
                .partSize(partSize)
                .concurrency(concurrency)
                .resume(resume);
        if (stateDir != null) {
            b.stateDirectory(stateDir);
        }
        requireFile(file);
        uploadSpec = b.build();
    }

    static void requireFile(Path file) {
        if (!Files.exists(file)) {
            throw new InvalidArgumentException("file", "file " + file + " does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidArgumentException("file", "file " + file + " is not a regular file");
        }
    }

    @Override
    protected Aws.Builder configure(Aws.Builder builder) {
        long delay = Long.getLong(PART_DELAY_PROPERTY, 0L);
        return delay > 0 ? builder.addInterceptor(new SlowParts(delay)) : builder;
    }

    @Override
    protected UploadResult run(Aws aws) {
        try (UploadProgressBar bar = new UploadProgressBar(progress(), "upload")) {
            return S3Transfers.using(aws)
                    .upload(uploadSpec.toBuilder().listener(bar).build());
        }
    }

    @Override
    protected void printText(PrintWriter out, UploadResult r) {
        out.printf(
                "uploaded %s to s3://%s/%s: %d bytes in %d part(s)%s, ETag %s, CRC32C %s verified%n",
                file,
                r.bucket(),
                r.key(),
                r.bytes(),
                r.parts(),
                r.partsResumed() > 0 ? " (" + r.partsResumed() + " kept from the interrupted upload)" : "",
                r.eTag(),
                r.checksum());
    }

    @Override
    protected Object jsonView(UploadResult r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("bucket", r.bucket());
        json.put("key", r.key());
        json.put("bytes", r.bytes());
        json.put("etag", r.eTag());
        json.put("parts", r.parts());
        return json;
    }

    /** The test hook's interceptor: sleeps before every part is sent. */
    private record SlowParts(long delayMillis) implements ExecutionInterceptor {
        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            if (context.request() instanceof UploadPartRequest) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
