package dev.awsrecipes.cli.s3;

import dev.awsrecipes.cli.Progress;
import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.s3.BatchResult;
import dev.awsrecipes.s3.BatchResult.FailedAction;
import dev.awsrecipes.s3.CopyPlan;
import dev.awsrecipes.s3.CopySpec;
import dev.awsrecipes.s3.DownloadResult;
import dev.awsrecipes.s3.ObjectAction;
import dev.awsrecipes.s3.S3Transfers;
import dev.awsrecipes.s3.UploadResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code cp} and {@code mv} share: SRC and DST as {@code aws s3} reads them, the plan made by the library
 * ({@link S3Transfers#planCopy}), each step printed as it ends ({@link ActionLines}), then a summary. {@code -}
 * reads stdin or writes stdout (one object, no move).
 */
abstract class CopyOrMoveCommand extends RecipeCommand<CopyOrMoveCommand.Outcome> {
    @Parameters(
            index = "0",
            paramLabel = "SRC",
            description = "A file or directory, s3://BUCKET/KEY (or PREFIX/,"
                    + " or a pattern with * and ?), or - for stdin.")
    String source;

    @Parameters(
            index = "1",
            paramLabel = "DST",
            description = "A file or directory, s3://BUCKET/KEY or"
                    + " s3://BUCKET/PREFIX/ (a folder: the source keeps its name inside it), or - for stdout.")
    String target;

    @Option(
            names = {"--recursive", "-r"},
            description = "Every file under the directory SRC, or every object under the folder SRC (s3://B/P and"
                    + " s3://B/P/ alike), keeping their names below DST.")
    boolean recursive;

    @Option(names = "--dry-run", description = "Print each step that would be taken and change nothing.")
    boolean dryRun;

    @Mixin
    FilterOptions filters;

    @Mixin
    TransferOptions transfer;

    private Location from;
    private Location to;
    private CopySpec copySpec;

    /** Whether each source is deleted once its copy is verified. */
    abstract boolean move();

    @Override
    protected Map<String, String> optionsForArguments() {
        return Map.of(
                "source", "SRC",
                "target", "DST",
                "objectsInFlight", "--concurrency",
                "partSize", "--part-size",
                "concurrency", "--part-concurrency");
    }

    @Override
    protected void validate() {
        from = Location.parse("SRC", source);
        to = Location.parse("DST", target);
        if (from.isStdio() || to.isStdio()) {
            validateStdio();
            return;
        }
        CopySpec.Builder spec = CopySpec.builder()
                .recursive(recursive)
                .filter(filters.filter())
                .move(move())
                .objectsInFlight(transfer.objectsInFlight())
                .perUpload(transfer.perUpload())
                .perDownload(transfer.perDownload());
        if (from.isS3()) {
            spec.from(from.s3());
        } else {
            spec.from(from.local());
        }
        if (to.isS3()) {
            spec.to(to.s3());
        } else if (target.endsWith("/") || target.endsWith(java.io.File.separator)) {
            // "dir/" names a directory even before it exists, as aws s3 cp reads it.
            spec.toDirectory(to.local());
        } else {
            spec.to(to.local());
        }
        copySpec = spec.build(); // every rule checked before a session exists
    }

    /** {@code -} is one object streamed: no recursion, no pattern, no move, and S3 on the other side. */
    private void validateStdio() {
        String argument = from.isStdio() ? "SRC" : "DST";
        if (from.isStdio() && to.isStdio()) {
            throw new InvalidArgumentException("DST", "SRC and DST are both -; one of them must be an S3 path");
        }
        if (move()) {
            throw new InvalidArgumentException(
                    argument, argument + " - cannot be moved: a stream cannot be deleted (use cp)");
        }
        if (recursive || dryRun) {
            throw new InvalidArgumentException(
                    argument,
                    argument + " - is one object streamed; " + (recursive ? "--recursive" : "--dry-run")
                            + " does not go with it");
        }
        Location other = from.isStdio() ? to : from;
        String otherArgument = from.isStdio() ? "DST" : "SRC";
        if (!other.isS3()) {
            throw new InvalidArgumentException(
                    otherArgument, otherArgument + " must be s3://BUCKET/KEY when " + argument + " is -");
        }
        if (other.s3().isPrefix() || other.s3().hasWildcard()) {
            throw new InvalidArgumentException(
                    otherArgument,
                    otherArgument + " " + other.s3() + " must name one object (a key, no folder, no * or ?) when "
                            + argument + " is -");
        }
    }

    @Override
    protected Outcome run(Aws aws) {
        S3Transfers transfers = S3Transfers.using(aws);
        boolean json = options().json();
        if (from.isStdio()) {
            UploadResult r =
                    StdinUpload.upload(transfers, stdin(), to.s3(), transfer.partSize(), transfer.partConcurrency());
            ObjectAction step = new ObjectAction.Upload(Path.of("-"), to.s3(), r.bytes(), false);
            new ActionLines(spec.commandLine().getOut(), progress(), json).finished(step, null);
            return new Outcome(new BatchResult(1, 0, r.bytes(), List.of()), 0, 0, false);
        }
        if (to.isStdio()) {
            DownloadResult r = transfers.download(d -> d.applyMutation(transfer.perDownload())
                    .bucket(from.s3().bucket())
                    .key(from.s3().key())
                    .output(stdout()));
            ObjectAction step = new ObjectAction.Download(from.s3(), Path.of("-"), r.bytes(), false);
            new ActionLines(progress(), progress(), json).finished(step, null);
            return new Outcome(new BatchResult(1, 0, r.bytes(), List.of()), 0, 0, false);
        }
        return copy(transfers, new ActionLines(spec.commandLine().getOut(), progress(), json));
    }

    private Outcome copy(S3Transfers transfers, ActionLines lines) {
        CopyPlan plan = transfers.planCopy(copySpec);
        PrintWriter err = progress();
        plan.skipped().forEach(s -> err.println("skipped: " + s.source() + ": " + s.reason()));
        err.flush();
        if (dryRun) {
            lines.dryRun(plan.actions());
            plan.refused().forEach(r -> lines.finished(r.action(), r.error()));
            return new Outcome(
                    new BatchResult(plan.actions().size(), 0, plan.bytes(), plan.refused()),
                    plan.skipped().size(),
                    move() ? plan.actions().size() : 0,
                    true);
        }
        plan.refused().forEach(r -> lines.finished(r.action(), r.error()));
        AtomicLong done = new AtomicLong();
        AtomicLong steps = new AtomicLong();
        BatchResult ran;
        try (Progress.Task task = showProgress().task(spec.name(), plan.bytes(), "MiB", 1L << 20)) {
            ran = transfers.run(b -> b.actions(plan.actions())
                    .objectsInFlight(copySpec.objectsInFlight())
                    .perUpload(copySpec.perUpload())
                    .perDownload(copySpec.perDownload())
                    .listener((step, error) -> {
                        lines.finished(step, error);
                        task.update(
                                done.addAndGet(step.bytes()),
                                plan.bytes(),
                                steps.incrementAndGet() + "/" + plan.actions().size() + " objects");
                    }));
        }
        List<FailedAction> failures = new ArrayList<>(plan.refused());
        failures.addAll(ran.failures());
        return new Outcome(
                new BatchResult(ran.transferred(), ran.deleted(), ran.bytes(), failures),
                plan.skipped().size(),
                move() ? ran.transferred() : 0,
                false);
    }

    /** With {@code -} as DST stdout carries the object's bytes and nothing else: the summary goes to stderr. */
    @Override
    protected boolean jsonLines() {
        return true;
    }

    @Override
    protected PrintWriter resultWriter() {
        return to != null && to.isStdio() ? progress() : super.resultWriter();
    }

    /** Steps were printed as they ended; only failures are summed up, on stderr. */
    @Override
    protected void printText(PrintWriter out, Outcome r) {
        if (!r.batch().succeeded()) {
            progress()
                    .printf(
                            "%s: %d step(s) failed%n",
                            spec.name(), r.batch().failures().size());
        }
    }

    /**
     * The summary after the steps' lines, shaped as sync's: {@code {"transferred","deleted","bytes","failed",
     * "skipped"}}, and {@code "dryRun":true} for a dry run (then what would be done). {@code deleted} counts the
     * sources a move deleted.
     */
    @Override
    protected Object jsonView(Outcome r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("transferred", r.batch().transferred());
        json.put("deleted", r.deleted());
        json.put("bytes", r.batch().bytes());
        json.put("failed", r.batch().failures().size());
        json.put("skipped", r.skipped());
        if (r.dryRun()) {
            json.put("dryRun", true);
        }
        return json;
    }

    /** Any step that failed (or was refused) makes the command fail, though the others were done. */
    @Override
    protected int exitCode(Outcome result) {
        return result.batch().succeeded() ? 0 : 1;
    }

    /**
     * What a run did (or, dry, would do).
     *
     * @param batch the transfers, bytes and failures
     * @param skipped entries left out on purpose
     * @param deleted sources a move deleted
     * @param dryRun whether nothing was changed
     */
    record Outcome(BatchResult batch, long skipped, long deleted, boolean dryRun) {}
}
