package dev.awsrecipes.cli.s3;

import dev.awsrecipes.cli.Json;
import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.ListSpec;
import dev.awsrecipes.s3.ListedBucket;
import dev.awsrecipes.s3.ListedObject;
import dev.awsrecipes.s3.S3Recipes;
import dev.awsrecipes.s3.S3Transfers;
import dev.awsrecipes.s3.S3Uri;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code aws-recipes ls}: the buckets, one level of a prefix, every key below it, or the keys matching a
 * pattern, printed as {@code aws s3 ls} prints them while S3 pages them in (so a million keys stream in
 * bounded memory); with {@code --json}, one JSON object per line.
 */
@Command(
        name = "ls",
        description = "List the buckets (no PATH), one level under a prefix with folders as PRE name/, or with"
                + " --recursive every key; * and ? in the key list the matching keys at any depth. Sizes"
                + " human-readable unless --exact; --json prints one JSON object per line, sizes in bytes. Exit 1"
                + " when a PATH with a key lists nothing, as aws s3 ls.")
public final class LsCommand extends RecipeCommand<LsCommand.Listed> {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "PATH",
            description = "s3://BUCKET, s3://BUCKET/PREFIX or s3://BUCKET/PATTERN; without it, the buckets.")
    String path;

    @Option(names = "--recursive", description = "Every key below the prefix (full keys), not one level.")
    boolean recursive;

    @Option(names = "--exact", description = "Sizes in bytes rather than KiB, MiB, GiB.")
    boolean exact;

    @Option(names = "--summarize", description = "End with the number of objects and their total size.")
    boolean summarize;

    @Mixin
    FilterOptions filters;

    private S3Uri location;
    private ListSpec listing;

    /**
     * What was listed.
     *
     * @param entries the lines printed (objects, folders or buckets)
     * @param objects the objects among them
     * @param bytes their total size
     * @param keyGiven whether PATH named a key, prefix or pattern (then nothing listed is exit 1)
     */
    record Listed(long entries, long objects, long bytes, boolean keyGiven) {}

    @Override
    protected void validate() {
        if (path != null) {
            location = S3Uri.parse("PATH", path);
            listing = ListSpec.of(location, recursive).toBuilder()
                    .filter(filters.filter())
                    .build();
        }
    }

    @Override
    protected boolean printsResultAtEnd() {
        return false;
    }

    @Override
    protected Listed run(Aws aws) {
        PrintWriter out = spec.commandLine().getOut();
        boolean json = options().json();
        Listed listed = listing == null ? buckets(aws, out, json) : objects(aws, out, json);
        if (summarize) {
            if (json) {
                Map<String, Object> summary = new LinkedHashMap<>();
                summary.put("objects", listed.objects());
                summary.put("bytes", listed.bytes());
                out.println(Json.line(Map.of("summary", summary)));
            } else {
                out.println();
                out.println("Total Objects: " + listed.objects());
                out.println("   Total Size: " + size(listed.bytes()));
            }
        }
        out.flush();
        if (listed.keyGiven() && listed.entries() == 0) {
            progress().println("ls: nothing is listed under " + location);
        }
        return listed;
    }

    private Listed buckets(Aws aws, PrintWriter out, boolean json) {
        long count = 0;
        for (ListedBucket bucket : S3Recipes.using(aws).listBuckets()) {
            if (json) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("bucket", bucket.name());
                line.put("created", bucket.created().map(Instant::toString).orElse(null));
                out.println(Json.line(line));
            } else {
                out.println(bucket.created().map(WHEN::format).orElse(" ".repeat(19)) + " " + bucket.name());
            }
            count++;
        }
        return new Listed(count, 0, 0, false);
    }

    private Listed objects(Aws aws, PrintWriter out, boolean json) {
        long entries = 0;
        long objects = 0;
        long bytes = 0;
        // Full keys when the listing goes below one level (as aws s3 ls --recursive), names within it otherwise.
        boolean fullKeys = listing.recursive();
        try (Stream<ListedObject> stream = S3Transfers.using(aws).listObjects(listing)) {
            for (Iterator<ListedObject> it = stream.iterator(); it.hasNext(); ) {
                ListedObject entry = it.next();
                out.println(json ? Json.line(view(entry)) : text(entry, fullKeys));
                entries++;
                if (!entry.folder()) {
                    objects++;
                    bytes += entry.bytes();
                }
            }
        }
        return new Listed(entries, objects, bytes, !location.key().isEmpty());
    }

    private String text(ListedObject entry, boolean fullKeys) {
        if (entry.folder()) {
            return " ".repeat(27) + "PRE " + entry.name();
        }
        String name = fullKeys ? entry.key() : entry.name();
        String when = entry.modified().map(WHEN::format).orElse(" ".repeat(19));
        return when + " " + String.format("%10s", size(entry.bytes())) + " " + name;
    }

    private String size(long bytes) {
        return exact ? Long.toString(bytes) : HumanSize.of(bytes);
    }

    /** One entry as a JSON object; sizes exact. */
    static Map<String, Object> view(ListedObject entry) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("bucket", entry.bucket());
        view.put("key", entry.key());
        if (entry.folder()) {
            view.put("folder", true);
            return view;
        }
        view.put("bytes", entry.bytes());
        view.put("lastModified", entry.modified().map(Instant::toString).orElse(null));
        view.put("eTag", entry.eTag());
        view.put("storageClass", entry.storageClass());
        return view;
    }

    @Override
    protected void printText(PrintWriter out, Listed result) {
        // printed while listing
    }

    @Override
    protected int exitCode(Listed result) {
        return result.keyGiven() && result.entries() == 0 ? 1 : 0;
    }
}
