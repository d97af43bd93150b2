package dev.awsrecipes.cli.s3;

import static dev.awsrecipes.cli.OptionValues.ifGiven;

import dev.awsrecipes.cli.Converters;
import dev.awsrecipes.cli.Progress;
import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.s3.S3Transfers;
import dev.awsrecipes.s3.StaleUpload;
import dev.awsrecipes.s3.StreamUploadSpec;
import dev.awsrecipes.s3.UnfinishedUploadException;
import dev.awsrecipes.s3.UploadResult;
import dev.awsrecipes.s3.UploadSpec;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code aws-recipes upload}: S12, one file to one object, in parallel parts, resumable, verified.
 * Interrupted (Ctrl-C, kill), it says what is left in S3 and the exact command that resumes or aborts it.
 * With {@code -} it reads stdin, of unknown length, in parts held in bounded memory (not resumable).
 */
@Command(
        name = "upload",
        description = "Upload a file (or '-' for stdin) to S3 in parallel parts with progress on stderr; verify it;"
                + " --resume continues an upload that was interrupted, --abort gives it up and frees its parts.")
public final class UploadCommand extends RecipeCommand<Object> {
    private static final String STDIN = "-";

    @Mixin
    ObjectOptions object;

    @Parameters(
            index = "0",
            paramLabel = "FILE|-",
            description = "The file to upload, or - for stdin (read to its end; at most --concurrency parts of"
                    + " --part-size are held in memory; not resumable).")
    Path file;

    @Option(
            names = "--part-size",
            paramLabel = "SIZE",
            converter = Converters.SizeConverter.class,
            defaultValue = "8MiB",
            description = "Part size, 5MiB to 5GiB; grown as needed to stay within 10,000 parts.")
    long partSize;

    @Option(
            names = "--concurrency",
            paramLabel = "N",
            defaultValue = "8",
            description = "Parts in flight at once, 1 to 64.")
    int concurrency;

    @Option(
            names = "--max-bandwidth",
            paramLabel = "SIZE",
            converter = Converters.SizeConverter.class,
            defaultValue = "0",
            description = "The most bytes per second, all parts together (e.g. 10MiB); 0 (default): no limit.")
    long maxBandwidth;

    @ArgGroup(exclusive = true)
    Interrupted interrupted = new Interrupted();

    @Option(
            names = "--state-dir",
            paramLabel = "DIR",
            description = "Where resume state is kept (default ~/.cache/aws-recipes/uploads).")
    Path stateDir;

    /** What to do with an upload that was interrupted: one of them, or neither. */
    static final class Interrupted {
        @Option(names = "--resume", description = "Continue an interrupted upload of this file to this key.")
        boolean resume;

        @Option(
                names = "--upload-id",
                paramLabel = "ID",
                description = "Continue this unfinished upload of the key (when its state file was damaged).")
        String uploadId;

        @Option(
                names = "--abort",
                description = "Give up an interrupted upload of this file to this key, freeing its parts.")
        boolean abort;
    }

    /** What --abort did. */
    record Aborted(String bucket, String key, List<StaleUpload> uploads) {}

    private UploadSpec uploadSpec;
    private StreamUploadSpec streamSpec;

    /** Whether FILE is {@code -}: the bytes come from stdin. */
    private boolean fromStdin() {
        return STDIN.equals(file.toString());
    }

    @Override
    protected void validate() {
        if (fromStdin() && !interrupted.abort) {
            if (interrupted.uploadId != null) {
                throw new InvalidArgumentException(
                        "uploadId", "an upload from stdin cannot be resumed; upload a file to resume it");
            }
            // --resume is refused by the spec, naming --resume.
            streamSpec = StreamUploadSpec.builder()
                    .bucket(object.bucket())
                    .key(object.key())
                    .input(InputStream.nullInputStream()) // stdin is given when the upload runs
                    .partSize(partSize)
                    .concurrency(concurrency)
                    .maxBandwidth(maxBandwidth)
                    .resume(interrupted.resume)
                    .build();
            return;
        }
        UploadSpec.Builder b = UploadSpec.builder()
                .bucket(object.bucket())
                .key(object.key())
                .file(file)
                .partSize(partSize)
                .concurrency(concurrency)
                .maxBandwidth(maxBandwidth)
                .resume(interrupted.resume);
        if (interrupted.uploadId != null) {
            b.uploadId(interrupted.uploadId);
        }
        ifGiven(stateDir, b::stateDirectory);
        uploadSpec = b.build();
    }

    @Override
    @SuppressWarnings("try") // the interrupt notice is a guard: it is only opened and closed
    protected Object run(Aws aws) {
        S3Transfers transfers = S3Transfers.using(aws);
        if (interrupted.abort) {
            return new Aborted(object.bucket(), object.key(), transfers.abortUpload(uploadSpec));
        }
        Progress progress = showProgress();
        if (streamSpec != null) {
            return uploadStdin(transfers, progress);
        }
        try (UploadWatch watch = new UploadWatch(progress, "upload");
                InterruptNotice hook = new InterruptNotice(() -> watch.interrupted(progress(), this::command))) {
            return transfers.upload(uploadSpec.toBuilder().listener(watch).build());
        } catch (UnfinishedUploadException e) {
            throw new UnfinishedUploadException(e.getMessage() + offer(e), e.unfinished(), e.stateFile(), e.getCause());
        }
    }

    /**
     * Stdin to the object. A failure aborts the upload in the library; a kill cannot, so the notice then
     * names the upload left and the command that aborts the key's unfinished uploads.
     */
    @SuppressWarnings("try") // the interrupt notice is a guard: it is only opened and closed
    private UploadResult uploadStdin(S3Transfers transfers, Progress progress) {
        try (UploadWatch watch = new UploadWatch(progress, "upload", true);
                InterruptNotice hook = new InterruptNotice(() -> watch.interrupted(progress(), this::command))) {
            return transfers.upload(
                    streamSpec.toBuilder().input(stdin()).listener(watch).build());
        }
    }

    /** The exact commands that resume or abort, for a damaged state file. */
    private String offer(UnfinishedUploadException e) {
        StaleUpload newest = e.unfinished().get(e.unfinished().size() - 1);
        return ": resume with `" + command("--upload-id", newest.uploadId()) + "` or abort with `" + command("--abort")
                + "`";
    }

    /** This upload's command line with {@code extra} in place of --resume/--upload-id/--abort. */
    String command(String... extra) {
        List<String> words = new ArrayList<>(object.words());
        words.add(fromStdin() ? STDIN : file.toAbsolutePath().toString());
        if (stateDir != null) {
            words.addAll(List.of("--state-dir", stateDir.toString()));
        }
        return commandLine(words, extra);
    }

    @Override
    protected void printText(PrintWriter out, Object result) {
        if (result instanceof Aborted a) {
            if (a.uploads().isEmpty()) {
                out.println("nothing to abort: no unfinished upload of " + (fromStdin() ? "stdin" : file) + " to s3://"
                        + a.bucket() + "/" + a.key());
            }
            a.uploads()
                    .forEach(u -> out.println("aborted upload " + u.uploadId() + " of s3://" + a.bucket() + "/"
                            + a.key() + "; its parts are freed"));
            return;
        }
        UploadResult r = (UploadResult) result;
        out.printf(
                "uploaded %s to s3://%s/%s: %d bytes in %d part(s)%s, ETag %s, CRC32C %s verified%n",
                fromStdin() ? "stdin" : file,
                r.bucket(),
                r.key(),
                r.bytes(),
                r.parts(),
                r.partsResumed() > 0 ? " (" + r.partsResumed() + " kept from the interrupted upload)" : "",
                r.eTag(),
                r.checksum());
    }

    @Override
    protected Object jsonView(Object result) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (result instanceof Aborted a) {
            json.put("bucket", a.bucket());
            json.put("key", a.key());
            json.put("aborted", a.uploads().stream().map(StaleUpload::uploadId).toList());
            return json;
        }
        UploadResult r = (UploadResult) result;
        json.put("bucket", r.bucket());
        json.put("key", r.key());
        json.put("bytes", r.bytes());
        json.put("etag", r.eTag());
        json.put("parts", r.parts());
        return json;
    }
}
