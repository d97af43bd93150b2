package dev.awsrecipes.cli.s3;

import dev.awsrecipes.cli.Converters;
import dev.awsrecipes.s3.DownloadSpec;
import dev.awsrecipes.s3.TransferSettings;
import dev.awsrecipes.s3.UploadSpec;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * {@code --concurrency}, {@code --part-size} and {@code --part-concurrency}, declared once for the commands that
 * move many objects ({@code cp}, {@code mv}, {@code sync}). A part size not given is left to the library, so
 * downloads keep fetching several ranges per GET (issue 21); one given applies to every upload and download.
 */
public final class TransferOptions {
    @Option(
            names = "--concurrency",
            paramLabel = "N",
            defaultValue = "32",
            description = "Objects transferred (or compared) at once, 1 to 1024.")
    int concurrency;

    @Option(
            names = "--part-size",
            paramLabel = "SIZE",
            converter = Converters.SizeConverter.class,
            description = "Part size for large files and objects, at least 5MiB (8MiB when not given).")
    Long partSize;

    @Option(
            names = "--part-concurrency",
            paramLabel = "N",
            defaultValue = "4",
            description = "Parts in flight per large object, 1 to 64.")
    int partConcurrency;

    /** How many objects move at once. */
    int objectsInFlight() {
        return concurrency;
    }

    /** The part size given, else the library's default. */
    long partSize() {
        return partSize != null ? partSize : TransferSettings.DEFAULT_PART_SIZE;
    }

    /** Parts in flight per large object. */
    int partConcurrency() {
        return partConcurrency;
    }

    /** The settings of every upload. */
    Consumer<UploadSpec.Builder> perUpload() {
        return u -> {
            u.concurrency(partConcurrency);
            if (partSize != null) {
                u.partSize(partSize);
            }
        };
    }

    /** The settings of every download. */
    Consumer<DownloadSpec.Builder> perDownload() {
        return d -> {
            d.concurrency(partConcurrency);
            if (partSize != null) {
                d.partSize(partSize);
            }
        };
    }
}
