package dev.awsrecipes.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;

/**
 * Writes an S3 Inventory report as S3 delivers one (S3 User Guide, "Locating your inventory list",
 * "Inventory manifest", "Inventory list"), for tests of code that reads reports: gzip CSV data files under
 * {@code REPORT-PREFIX/data/}, every field in double quotes, the key URL-encoded as a form is ({@code +}
 * for a space), and {@code REPORT-PREFIX/YYYY-MM-DDTHH-MMZ/manifest.json} naming them with their size and
 * MD5. Written with the plain SDK client the test gives, so it works on any S3 server and on a fake.
 *
 * @param sourceBucket the bucket the report lists
 * @param destinationBucket the bucket the report is written to
 * @param reportPrefix {@code DESTINATION-PREFIX/SOURCE-BUCKET/CONFIG-ID/}
 * @param allVersions whether the report lists all versions (its schema then has VersionId, IsLatest and
 *     IsDeleteMarker)
 */
public record InventoryReport(String sourceBucket, String destinationBucket, String reportPrefix, boolean allVersions) {

    /** One line: an object version or a delete marker (null size and class). */
    public record Line(
            String key, String versionId, boolean latest, boolean deleteMarker, Long size, String storageClass) {
        /** A current object of a report of current versions. */
        public static Line current(String key, long size, String storageClass) {
            return new Line(key, null, true, false, size, storageClass);
        }
    }

    /** The schema S3 writes for the report's kind, with fields before and after the ones counted. */
    public List<String> schema() {
        return allVersions
                ? List.of(
                        "Bucket",
                        "Key",
                        "VersionId",
                        "IsLatest",
                        "IsDeleteMarker",
                        "Size",
                        "LastModifiedDate",
                        "ETag",
                        "StorageClass")
                : List.of("Bucket", "Key", "Size", "LastModifiedDate", "ETag", "StorageClass");
    }

    /**
     * Writes a report dated {@code folder} (for example {@code 2026-12-05T01-00Z}) whose lines are spread
     * over {@code files} data files.
     *
     * @return the manifest's key
     */
    public String write(S3Client s3, String folder, Instant created, List<Line> lines, int files) {
        List<String> entries = new ArrayList<>();
        for (int f = 0; f < files; f++) {
            StringBuilder csv = new StringBuilder();
            for (int i = f; i < lines.size(); i += files) {
                csv.append(csvLine(lines.get(i))).append('\n');
            }
            byte[] gz = gzip(csv.toString().getBytes(StandardCharsets.UTF_8));
            String key = reportPrefix + "data/" + folder + "-part-" + f + ".csv.gz";
            s3.putObject(p -> p.bucket(destinationBucket).key(key), RequestBody.fromBytes(gz));
            entries.add(
                    "{\"key\" : \"" + key + "\", \"size\" : " + gz.length + ", \"MD5checksum\" : \"" + md5(gz) + "\"}");
        }
        String manifest = "{\n  \"sourceBucket\" : \"" + sourceBucket + "\",\n  \"destinationBucket\" : \"arn:aws:s3:::"
                + destinationBucket + "\",\n  \"version\" : \"2016-11-30\",\n  \"creationTimestamp\" : \""
                + created.toEpochMilli() + "\",\n  \"fileFormat\" : \"CSV\",\n  \"fileSchema\" : \""
                + String.join(", ", schema()) + "\",\n  \"files\" : [ " + String.join(", ", entries) + " ]\n}\n";
        String manifestKey = reportPrefix + folder + "/manifest.json";
        s3.putObject(p -> p.bucket(destinationBucket).key(manifestKey), RequestBody.fromString(manifest));
        byte[] manifestBytes = manifest.getBytes(StandardCharsets.UTF_8);
        s3.putObject(
                p -> p.bucket(destinationBucket).key(reportPrefix + folder + "/manifest.checksum"),
                RequestBody.fromString(md5(manifestBytes)));
        return manifestKey;
    }

    /**
     * The lines a report of this kind holds for what a plain listing of the source bucket shows: objects
     * paged by {@code StartAfter} (LocalStack cannot read its continuation token after a non-ASCII key),
     * versions once per (key, version id) (versitygw repeats a delete marker that ended a page).
     */
    public List<Line> linesOf(S3Client s3) {
        List<Line> lines = new ArrayList<>();
        if (!allVersions) {
            String after = null;
            while (true) {
                String from = after;
                ListObjectsV2Response page =
                        s3.listObjectsV2(l -> l.bucket(sourceBucket).startAfter(from));
                page.contents().forEach(o -> lines.add(Line.current(o.key(), o.size(), o.storageClassAsString())));
                if (!Boolean.TRUE.equals(page.isTruncated())) {
                    return lines;
                }
                after = page.contents().get(page.contents().size() - 1).key();
            }
        }
        Set<String> seen = new HashSet<>();
        for (ListObjectVersionsResponse page : s3.listObjectVersionsPaginator(r -> r.bucket(sourceBucket))) {
            page.versions().forEach(v -> {
                if (seen.add(v.key() + "\u0000" + v.versionId())) {
                    lines.add(
                            new Line(v.key(), v.versionId(), v.isLatest(), false, v.size(), v.storageClassAsString()));
                }
            });
            page.deleteMarkers().forEach(m -> {
                if (seen.add(m.key() + "\u0000" + m.versionId())) {
                    lines.add(new Line(m.key(), m.versionId(), m.isLatest(), true, null, null));
                }
            });
        }
        return lines;
    }

    /** Every field quoted, as S3 writes them; a quote inside a field is doubled. */
    String csvLine(Line line) {
        List<String> fields = new ArrayList<>();
        for (String column : schema()) {
            fields.add(
                    switch (column) {
                        case "Bucket" -> sourceBucket;
                        case "Key" -> URLEncoder.encode(line.key(), StandardCharsets.UTF_8);
                        case "VersionId" -> line.versionId() == null ? "" : line.versionId();
                        case "IsLatest" -> String.valueOf(line.latest());
                        case "IsDeleteMarker" -> String.valueOf(line.deleteMarker());
                        case "Size" -> line.size() == null ? "" : String.valueOf(line.size());
                        case "LastModifiedDate" -> "2026-12-01T10:00:00.000Z";
                        case "ETag" -> line.deleteMarker() ? "" : "0f343b0931126a20f133d67c2b018a3b";
                        case "StorageClass" -> line.storageClass() == null ? "" : line.storageClass();
                        default -> throw new IllegalStateException(column);
                    });
        }
        return String.join(
                ",",
                fields.stream().map(f -> '"' + f.replace("\"", "\"\"") + '"').toList());
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
