package dev.awsrecipes.cli.s3;

import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.s3.S3Transfers;
import dev.awsrecipes.s3.SyncResult;
import dev.awsrecipes.s3.SyncSpec;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code aws-recipes sync SRC DST}: makes DST equal to SRC (a directory to a prefix, a prefix to a directory,
 * or a prefix to a prefix), each step printed as it ends, then one summary line.
 */
@Command(
        name = "sync",
        description = "Make DST equal to SRC: a directory to an s3:// prefix, a prefix to a directory, or a prefix"
                + " to a prefix. What DST lacks, holds at another size or holds older than SRC is transferred (with"
                + " --checksum, equal sizes are compared by the checksum S3 stores); with --delete, what SRC no longer"
                + " has is deleted. Run again after an interruption, it transfers only what is left.")
public final class SyncCommand extends RecipeCommand<SyncResult> {
    @Parameters(index = "0", paramLabel = "SRC", description = "A local directory or s3://BUCKET/PREFIX (a folder).")
    String source;

    @Parameters(index = "1", paramLabel = "DST", description = "A local directory or s3://BUCKET/PREFIX (a folder).")
    String target;

    @Option(
            names = "--delete",
            description = "Delete what DST has and SRC does not (never names the filters leave out); refused when"
                    + " SRC is empty or could not be listed completely.")
    boolean delete;

    @Option(
            names = "--checksum",
            description = "Compare files of equal size by content, with the checksum S3 already stores (one HEAD"
                    + " each, no download), rather than by modification time.")
    boolean checksum;

    @Option(names = "--allow-empty-source", description = "Let --delete empty DST when SRC has nothing.")
    boolean allowEmptySource;

    @Option(names = "--dry-run", description = "Print each step that would be taken and change nothing.")
    boolean dryRun;

    @Mixin
    FilterOptions filters;

    @Mixin
    TransferOptions transfer;

    private SyncSpec.Builder syncSpec;

    @Override
    protected Map<String, String> optionsForArguments() {
        return Map.of("source", "SRC", "target", "DST", "objectsInFlight", "--concurrency", "partSize", "--part-size");
    }

    @Override
    protected void validate() {
        Location from = Location.parse("SRC", source);
        Location to = Location.parse("DST", target);
        if (from.isStdio() || to.isStdio()) {
            throw new InvalidArgumentException(
                    from.isStdio() ? "SRC" : "DST", "sync takes directories and s3:// prefixes, not - (use cp)");
        }
        SyncSpec.Builder spec = SyncSpec.builder()
                .delete(delete)
                .checksum(checksum)
                .allowEmptySource(allowEmptySource)
                .dryRun(dryRun)
                .filter(filters.filter())
                .objectsInFlight(transfer.objectsInFlight())
                .perUpload(transfer.perUpload())
                .perDownload(transfer.perDownload());
        if (from.isS3()) {
            spec.source(from.s3());
        } else {
            spec.source(from.local());
        }
        if (to.isS3()) {
            spec.target(to.s3());
        } else {
            spec.target(to.local());
        }
        spec.build(); // every rule checked before a session exists
        syncSpec = spec;
    }

    @Override
    protected SyncResult run(Aws aws) {
        ActionLines lines = new ActionLines(
                spec.commandLine().getOut(), progress(), options().json());
        SyncResult result = S3Transfers.using(aws).sync(syncSpec.listener(lines).build());
        if (result.dryRun()) {
            lines.dryRun(result.plan());
        }
        PrintWriter err = progress();
        result.notes().forEach(note -> err.println("note: " + note));
        err.flush();
        return result;
    }

    @Override
    protected void printText(PrintWriter out, SyncResult r) {
        Json s = summary(r);
        out.printf(
                "%s%d transferred, %d unchanged, %d deleted, %d bytes, %d failed%n",
                r.dryRun() ? "(dryrun) " : "", s.transferred(), s.unchanged(), s.deleted(), s.bytes(), s.failed());
    }

    /**
     * The summary {@code --json} prints after the steps' lines (CLI.md); for a dry run, what would be done.
     *
     * @param transferred uploads, downloads and copies done
     * @param unchanged names already equal
     * @param deleted objects and files deleted
     * @param bytes bytes transferred
     * @param failed steps that failed
     */
    record Json(long transferred, long unchanged, long deleted, long bytes, long failed) {}

    private static Json summary(SyncResult r) {
        return r.dryRun()
                ? new Json(r.plannedTransfers(), r.unchanged(), r.plannedDeletions(), r.plannedBytes(), 0)
                : new Json(
                        r.transferred(),
                        r.unchanged(),
                        r.deleted(),
                        r.bytes(),
                        r.failures().size());
    }

    @Override
    protected Object jsonView(SyncResult r) {
        Json s = summary(r);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("transferred", s.transferred());
        json.put("unchanged", s.unchanged());
        json.put("deleted", s.deleted());
        json.put("bytes", s.bytes());
        json.put("failed", s.failed());
        if (r.dryRun()) {
            json.put("dryRun", true);
        }
        return json;
    }

    /** The steps are JSON Lines, and so is the summary after them. */
    @Override
    protected boolean jsonLines() {
        return true;
    }

    /** Some steps failing is a failure of the command, even though the others were done (each said why). */
    @Override
    protected int exitCode(SyncResult result) {
        return result.succeeded() ? 0 : 1;
    }
}
