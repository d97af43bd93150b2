package dev.awsrecipes.cli.s3;

import dev.awsrecipes.cli.Converters;
import dev.awsrecipes.cli.Progress;
import dev.awsrecipes.cli.ShellWords;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.DownloadProgress;
import dev.awsrecipes.s3.DownloadResult;
import dev.awsrecipes.s3.DownloadSpec;
import dev.awsrecipes.s3.LocalFileException;
import dev.awsrecipes.s3.S3Transfers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code aws-recipes download}: S15, one object into a new file (or onto stdout with {@code -}) in
 * parallel ranged GETs, resumable, verified against S3's checksum.
 */
@Command(
        name = "download",
        description = "Download an object in parallel ranges into a new FILE (or '-' for stdout), verified against"
                + " S3's checksum; --resume continues an interrupted download; --overwrite replaces FILE.")
public final class DownloadCommand extends ObjectCommand<DownloadResult> {
    private static final String STDOUT = "-";

    @Parameters(index = "0", paramLabel = "FILE|-", description = "The file to create, or - for stdout.")
    String target;

    @Option(
            names = "--part-size",
            paramLabel = "SIZE",
            converter = Converters.SizeConverter.class,
            description = "Bytes per ranged GET, 1MiB to 5GiB. Default: 8MiB ranges, several fetched in one GET"
                    + " sized from the object and --concurrency.")
    Long partSize;

    @Option(
            names = "--concurrency",
            paramLabel = "N",
            defaultValue = "8",
            description = "Ranges in flight at once, 1 to 64.")
    int concurrency;

    @Option(
            names = "--max-bandwidth",
            paramLabel = "SIZE",
            converter = Converters.SizeConverter.class,
            defaultValue = "0",
            description = "The most bytes per second, all ranges together (e.g. 10MiB); 0 (default): no limit.")
    long maxBandwidth;

    @Option(names = "--resume", description = "Continue an interrupted download into FILE, fetching only the rest.")
    boolean resume;

    @Option(names = "--overwrite", description = "Replace FILE if it exists (otherwise an error).")
    boolean overwrite;

    private DownloadSpec downloadSpec;

    @Override
    protected void validate() {
        super.validate();
        DownloadSpec.Builder b = DownloadSpec.builder()
                .bucket(object.bucket())
                .key(object.key())
                .concurrency(concurrency)
                .maxBandwidth(maxBandwidth)
                .resume(resume)
                .overwrite(overwrite);
        if (partSize != null) {
            b.partSize(partSize);
        }
        if (toStdout()) {
            b.output(stdout());
        } else {
            b.file(Path.of(target));
        }
        downloadSpec = b.build();
    }

    private boolean toStdout() {
        return STDOUT.equals(target);
    }

    @Override
    @SuppressWarnings("try") // the interrupt notice is a guard: it is only opened and closed
    protected DownloadResult run(Aws aws) {
        AtomicReference<DownloadProgress> last = new AtomicReference<>();
        AtomicBoolean finished = new AtomicBoolean();
        // Ctrl-C: the bytes so far stay beside FILE; say so, with the command that continues from them.
        Runnable notice = () -> interrupted(last.get(), finished.get());
        try (InterruptNotice hook = toStdout() ? null : new InterruptNotice(notice);
                Progress.Task task = showProgress().task("download", -1, "MiB", 1 << 20)) {
            DownloadResult result = S3Transfers.using(aws)
                    .download(downloadSpec.toBuilder()
                            .listener(p -> {
                                last.set(p);
                                task.update(
                                        p.bytesDone(),
                                        p.bytesTotal(),
                                        p.partsDone() + "/" + p.partsTotal() + " ranges");
                            })
                            .build());
            finished.set(true);
            return result;
        } catch (LocalFileException e) {
            finished.set(true); // said here, with the sizes: the interrupt notice has nothing to add
            leftBehind(e);
            throw e;
        }
    }

    /**
     * A download that stopped on a local failure (a full disk): what it kept beside FILE, how big, and the
     * exact commands that resume it once there is room or delete what it kept; or that it removed it all.
     */
    private void leftBehind(LocalFileException e) {
        PrintWriter err = progress();
        synchronized (err) {
            if (!e.kept().isEmpty()) {
                long bytes = e.kept().stream()
                        .mapToLong(LocalFileException.KeptFile::bytes)
                        .sum();
                err.println();
                err.printf(
                        "kept beside %s for a resume: %s (%s in all); free space, then resume: %s%n",
                        target,
                        e.kept().stream()
                                .map(k -> k.path().getFileName() + " " + human(k.bytes()))
                                .collect(Collectors.joining(", ")),
                        human(bytes),
                        commandLine(resumeWords(), "--resume"));
                List<String> remove = new ArrayList<>(List.of("rm", "-f", "--"));
                e.kept().forEach(k -> remove.add(k.path().toString()));
                err.println("  or free their space: " + ShellWords.line(remove));
            } else if (!e.removed().isEmpty()) {
                err.println();
                err.println("removed the partial download beside " + target + ": nothing in it could be resumed");
            }
            err.flush();
        }
    }

    private void interrupted(DownloadProgress last, boolean finished) {
        if (finished) {
            return;
        }
        PrintWriter err = progress();
        synchronized (err) {
            err.println();
            if (last == null) {
                err.println("interrupted before the download began; nothing was written");
            } else {
                err.printf(
                        "interrupted: %d of %d ranges (%d of %d bytes) are kept beside %s%n",
                        last.partsDone(), last.partsTotal(), last.bytesDone(), last.bytesTotal(), target);
                err.println("  resume: " + commandLine(resumeWords(), "--resume"));
            }
            err.flush();
        }
    }

    /** A size as a person reads it: bytes below 1 KiB, then KiB, MiB or GiB with one decimal. */
    static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes / 1024.0;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    /** What a resumed download must repeat: the object, the file, and the part size given, if one was. */
    private List<String> resumeWords() {
        List<String> words = new ArrayList<>(object.words());
        words.add(Path.of(target).toAbsolutePath().toString());
        if (partSize != null) { // the default ranges are the same in every run: nothing to repeat
            words.addAll(List.of("--part-size", Long.toString(partSize)));
        }
        return words;
    }

    /** With {@code -} stdout carries the object's bytes and nothing else: the summary goes to stderr. */
    @Override
    protected PrintWriter resultWriter() {
        return toStdout() ? progress() : super.resultWriter();
    }

    @Override
    protected void printText(PrintWriter out, DownloadResult r) {
        out.printf(
                "downloaded s3://%s/%s to %s: %d bytes in %d range(s)%s, %s verified%n",
                r.bucket(),
                r.key(),
                r.target().map(Path::toString).orElse("stdout"),
                r.bytes(),
                r.parts(),
                r.partsResumed() > 0 ? " (" + r.partsResumed() + " kept from the interrupted download)" : "",
                r.checksum());
    }

    @Override
    protected Object jsonView(DownloadResult r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("bucket", r.bucket());
        json.put("key", r.key());
        json.put("bytes", r.bytes());
        json.put("file", r.target().map(Path::toString).orElse(STDOUT));
        json.put("parts", r.parts());
        json.put("checksum", r.checksum());
        return json;
    }
}
