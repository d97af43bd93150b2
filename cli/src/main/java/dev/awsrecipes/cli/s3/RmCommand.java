package dev.awsrecipes.cli.s3;

import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.s3.BatchResult;
import dev.awsrecipes.s3.KeyFilter;
import dev.awsrecipes.s3.ListSpec;
import dev.awsrecipes.s3.ListedObject;
import dev.awsrecipes.s3.ObjectAction;
import dev.awsrecipes.s3.S3Transfers;
import dev.awsrecipes.s3.S3Uri;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code aws-recipes rm}: one object, the objects matching a pattern, or with {@code --recursive} every object
 * under a prefix, deleted in {@code DeleteObjects} batches of 1,000 while they are listed; each key printed as
 * {@code aws s3 rm} prints it (JSON Lines with {@code --json}), failures on stderr, exit 1 if any key remains.
 * {@code --dry-run} lists what would go and deletes nothing.
 */
@Command(
        name = "rm",
        description = "Delete one object, the objects matching a pattern (* and ? in the key, at any depth), or with"
                + " --recursive every object under a prefix (read as a folder: s3://b/logs is logs/), in batches of"
                + " 1,000; --include/--exclude choose by name; --dry-run prints each deletion and changes nothing."
                + " Exit 1 if any object could not be deleted.")
public final class RmCommand extends RecipeCommand<RmCommand.Removed> {
    @Parameters(
            index = "0",
            paramLabel = "PATH",
            description = "s3://BUCKET/KEY, s3://BUCKET/PATTERN or, with" + " --recursive, s3://BUCKET/PREFIX.")
    String path;

    @Option(names = "--recursive", description = "Every object under PATH, read as a folder.")
    boolean recursive;

    @Option(names = "--dry-run", description = "Print what would be deleted; delete nothing.")
    boolean dryRun;

    @Mixin
    FilterOptions filters;

    private S3Uri target;
    private ListSpec listing;

    /**
     * What rm did.
     *
     * @param deleted how many objects were deleted (or, in a dry run, would be)
     * @param failed how many could not be
     */
    record Removed(long deleted, long failed) {}

    @Override
    protected void validate() {
        target = S3Uri.parse("PATH", path);
        listing = listingFor(target, recursive, filters.filter());
    }

    /**
     * The listing whose objects go, or null when PATH names one object, which is deleted without a listing
     * (as {@code aws s3 rm} does; deleting a key that does not exist succeeds).
     *
     * @throws InvalidArgumentException for a path without a key, unless {@code recursive}
     */
    static ListSpec listingFor(S3Uri target, boolean recursive, KeyFilter filter) {
        if (target.hasWildcard()) {
            return ListSpec.of(target, true).toBuilder().filter(filter).build();
        }
        if (recursive) {
            String folder = target.keyAsFolder();
            return ListSpec.builder()
                    .bucket(target.bucket())
                    .prefix(folder)
                    .folder(folder)
                    .recursive(true)
                    .filter(filter)
                    .build();
        }
        if (target.key().isEmpty()) {
            throw new InvalidArgumentException(
                    "PATH",
                    "PATH " + target + " names no object; give a key, a pattern such as " + target.child("*.tmp")
                            + ", or --recursive for everything under it");
        }
        return null;
    }

    @Override
    protected boolean printsResultAtEnd() {
        return false;
    }

    @Override
    protected Removed run(Aws aws) {
        ActionLines lines = new ActionLines(
                spec.commandLine().getOut(), progress(), options().json());
        S3Transfers transfers = S3Transfers.using(aws);
        if (listing == null) {
            List<ObjectAction> one =
                    filters.filter().test(target.name()) ? List.of(new ObjectAction.Delete(target)) : List.of();
            if (dryRun) {
                lines.dryRun(one);
                return new Removed(one.size(), 0);
            }
            return removed(transfers.run(b -> b.actions(one).listener(lines)));
        }
        if (dryRun) {
            long count = 0;
            try (Stream<ListedObject> objects = transfers.listObjects(listing)) {
                for (Iterator<ListedObject> it = objects.iterator(); it.hasNext(); ) {
                    ListedObject object = it.next();
                    if (!object.folder()) {
                        lines.dryRun(List.of(new ObjectAction.Delete(object.uri())));
                        count++;
                    }
                }
            }
            return new Removed(count, 0);
        }
        return removed(transfers.deleteObjects(listing, lines));
    }

    private Removed removed(BatchResult result) {
        if (!result.succeeded()) {
            PrintWriter err = progress();
            err.println("rm: " + result.failures().size() + " object(s) could not be deleted; " + result.deleted()
                    + " were");
            err.flush();
        }
        return new Removed(result.deleted(), result.failures().size());
    }

    @Override
    protected void printText(PrintWriter out, Removed result) {
        // each deletion was printed as it ended
    }

    @Override
    protected int exitCode(Removed result) {
        return result.failed() > 0 ? 1 : 0;
    }
}
