package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.ParallelCalls;
import dev.awsrecipes.core.RecipeContext;
import dev.awsrecipes.s3.BucketUsage;
import dev.awsrecipes.s3.InventoryDuSpec;
import dev.awsrecipes.s3.UsageSource;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * S4 without listing the bucket: reads the newest S3 Inventory report of one configuration. The report
 * folders ({@code YYYY-MM-DDTHH-MMZ/}, named for when S3 began the scan) sort by name in time order, so
 * the newest is the last name; a folder without its {@code manifest.json} yet (a delivery under way) is
 * passed over for the one before. Every data file is read at the same time on the context's executor,
 * checked against the manifest's size and MD5, and counted as a listing counts ({@link InventoryCsv}).
 *
 * <p>Only CSV reports are read: ORC and Parquet readers come with Hadoop's libraries, which a
 * recipe library should not pull in; the error says to configure a CSV inventory.
 */
record InventoryDu(RecipeContext context) {
    private static final Logger LOG = LoggerFactory.getLogger(InventoryDu.class);
    private static final Pattern REPORT_FOLDER = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}Z/");
    private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm'Z'");

    BucketUsage count(InventoryDuSpec spec) {
        Check.notNull(spec, "spec");
        S3Client s3 = S3Services.client(context);
        String bucket = spec.destinationBucket();
        Tally total = new Tally();
        List<String> folders = reportFolders(s3, spec, total);
        for (String folder : folders) {
            String manifestKey = folder + "manifest.json";
            String json;
            try {
                total.requests++;
                json = s3.getObjectAsBytes(g -> g.bucket(bucket).key(manifestKey))
                        .asUtf8String();
            } catch (NoSuchKeyException e) {
                LOG.debug("bucket-du: {} has no manifest.json yet; trying the report before it", folder);
                continue;
            }
            InventoryManifest manifest = manifest(json, where(bucket, manifestKey));
            Instant asOf = manifest.created() != null ? manifest.created() : folderTime(spec, folder);
            total.add(countFiles(s3, spec, manifest, where(bucket, manifestKey)));
            LOG.debug(
                    "bucket-du from {}: {} objects, {} bytes, {} requests",
                    where(bucket, manifestKey),
                    total.objects,
                    total.bytes,
                    total.requests);
            return total.usage(manifest.sourceBucket(), spec.prefix(), spec.allVersions(), UsageSource.INVENTORY, asOf);
        }
        throw new AwsRecipesException("no inventory report under " + where(bucket, spec.reportPrefix())
                + ": no YYYY-MM-DDTHH-MMZ/manifest.json there (S3 delivers the first report up to 48 hours after"
                + " the inventory is configured)");
    }

    /** The report folders under the prefix, newest first. */
    private static List<String> reportFolders(S3Client s3, InventoryDuSpec spec, Tally total) {
        List<String> folders = new ArrayList<>();
        String after = null;
        while (true) {
            String from = after;
            // Paged by StartAfter, not by continuation token, as BucketDu does (some servers cannot read
            // their own tokens); a delimited page's last entry is a folder or a key, either one to start after.
            var page = s3.listObjectsV2(l -> l.bucket(spec.destinationBucket())
                    .prefix(spec.reportPrefix())
                    .delimiter("/")
                    .startAfter(from));
            total.requests++;
            for (CommonPrefix p : page.commonPrefixes()) {
                String name = p.prefix().substring(spec.reportPrefix().length());
                if (REPORT_FOLDER.matcher(name).matches()) {
                    folders.add(p.prefix());
                }
            }
            if (!Boolean.TRUE.equals(page.isTruncated())) {
                break;
            }
            String last = lastEntry(page.contents(), page.commonPrefixes());
            if (last == null || (after != null && KeyRanges.compare(last, after) <= 0)) {
                throw new AwsRecipesException("listing the inventory reports under "
                        + where(spec.destinationBucket(), spec.reportPrefix())
                        + " says more follow but does not move on");
            }
            after = last;
        }
        folders.sort(Comparator.reverseOrder());
        return folders;
    }

    private static String lastEntry(
            List<software.amazon.awssdk.services.s3.model.S3Object> keys, List<CommonPrefix> prefixes) {
        String last = keys.isEmpty() ? null : keys.get(keys.size() - 1).key();
        if (!prefixes.isEmpty()) {
            String folder = Folders.pastEnd(prefixes.get(prefixes.size() - 1).prefix());
            if (last == null || KeyRanges.compare(folder, last) > 0) {
                last = folder;
            }
        }
        return last;
    }

    private static InventoryManifest manifest(String json, String where) {
        InventoryManifest manifest;
        try {
            manifest = InventoryManifest.parse(json);
        } catch (IllegalArgumentException e) {
            throw new AwsRecipesException("the inventory manifest " + where + " cannot be read: " + e.getMessage(), e);
        }
        if (!manifest.isCsv()) {
            throw new AwsRecipesException("the inventory report " + where + " is in " + manifest.fileFormat()
                    + " format; only CSV reports can be read (ORC and Parquet need Hadoop's libraries):"
                    + " configure the inventory with the CSV output format, or count by listing");
        }
        return manifest;
    }

    private Tally countFiles(S3Client s3, InventoryDuSpec spec, InventoryManifest manifest, String where) {
        InventoryCsv csv;
        try {
            csv = InventoryCsv.forSchema(manifest.fileSchema(), spec.prefix(), spec.allVersions());
        } catch (IllegalArgumentException e) {
            throw new AwsRecipesException("the inventory report " + where + " cannot be counted: " + e.getMessage());
        }
        List<Callable<Tally>> calls = manifest.files().stream()
                .<Callable<Tally>>map(file -> () -> countFile(s3, spec.destinationBucket(), file, csv))
                .toList();
        Tally total = new Tally();
        ParallelCalls.runAll(context.executor(), context.maxInFlight(), calls).forEach(total::add);
        return total;
    }

    /** One data file, streamed: decompressed as it arrives, its stored bytes hashed on the way. */
    private static Tally countFile(S3Client s3, String bucket, InventoryManifest.DataFile file, InventoryCsv csv) {
        String where = where(bucket, file.key());
        MessageDigest md5 = md5();
        Tally tally;
        long stored;
        try (ResponseInputStream<GetObjectResponse> object =
                        s3.getObject(g -> g.bucket(bucket).key(file.key()));
                CountingStream counted = new CountingStream(new DigestInputStream(object, md5))) {
            InputStream text = file.key().endsWith(".gz")
                    ? new GZIPInputStream(counted, 64 * 1024)
                    : new BufferedInputStream(counted, 64 * 1024);
            Reader reader = new InputStreamReader(text, StandardCharsets.UTF_8);
            tally = csv.count(reader);
            // Whatever the decompressor left unread still belongs to the stored bytes that are checked.
            counted.transferTo(OutputStream.nullOutputStream());
            stored = counted.count;
        } catch (IllegalArgumentException e) {
            throw new AwsRecipesException("the inventory data file " + where + " cannot be read: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new AwsRecipesException("reading the inventory data file " + where + " failed: " + e.getMessage(), e);
        }
        tally.requests++;
        if (file.size() >= 0 && stored != file.size()) {
            throw new AwsRecipesException("the inventory data file " + where + " has " + stored
                    + " bytes where its manifest says " + file.size() + "; the count would be wrong");
        }
        String actual = HexFormat.of().formatHex(md5.digest());
        if (file.md5() != null && !actual.equalsIgnoreCase(file.md5())) {
            throw new AwsRecipesException("the inventory data file " + where + " has MD5 " + actual
                    + " where its manifest says " + file.md5() + "; the count would be wrong");
        }
        return tally;
    }

    private static Instant folderTime(InventoryDuSpec spec, String folder) {
        String name = folder.substring(spec.reportPrefix().length(), folder.length() - 1);
        return LocalDateTime.parse(name, FOLDER_TIME).toInstant(ZoneOffset.UTC);
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no MD5, which every Java SE must have", e);
        }
    }

    private static String where(String bucket, String key) {
        return "s3://" + bucket + "/" + key;
    }

    /** Counts the bytes read through it. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // Read, not skipped: skipped bytes would miss the digest below this stream.
            int read = read(new byte[(int) Math.min(Math.max(n, 0), 8192)]);
            return Math.max(read, 0);
        }
    }
}
