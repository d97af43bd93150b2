package dev.awsrecipes.s3.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The fields of an S3 Inventory {@code manifest.json} that a count needs (S3 User Guide, "Inventory
 * manifest"): the source bucket, the report's format and, for CSV, its column names in file order, the
 * data files with their size and MD5, and when the scan began.
 *
 * @param sourceBucket the bucket the report lists
 * @param fileFormat {@code CSV}, {@code ORC} or {@code Parquet}
 * @param fileSchema for CSV, the column names in the order of the fields of every line; empty otherwise
 * @param files the data files, by key in the destination bucket
 * @param created the {@code creationTimestamp} (when S3 began scanning the bucket), or null if missing
 */
record InventoryManifest(
        String sourceBucket, String fileFormat, List<String> fileSchema, List<DataFile> files, Instant created) {

    /**
     * One data file of the report.
     *
     * @param key its key in the destination bucket
     * @param size its size in bytes (compressed, as stored)
     * @param md5 the hex MD5 of its bytes as stored, or null if the manifest gives none
     */
    record DataFile(String key, long size, String md5) {}

    /** Whether the data files are CSV, the one format read without a columnar-format library. */
    boolean isCsv() {
        return "CSV".equalsIgnoreCase(fileFormat);
    }

    /**
     * Reads a manifest.
     *
     * @throws IllegalArgumentException naming what is missing or malformed
     */
    static InventoryManifest parse(String json) {
        if (!(JsonText.parse(json) instanceof Map<?, ?> root)) {
            throw new IllegalArgumentException("the manifest is not a JSON object");
        }
        String source = text(root, "sourceBucket", true);
        String format = text(root, "fileFormat", true);
        String schema = text(root, "fileSchema", true);
        List<String> columns = "CSV".equalsIgnoreCase(format)
                ? Arrays.stream(schema.split(",")).map(String::trim).toList()
                : List.of();
        if (!(root.get("files") instanceof List<?> entries)) {
            throw new IllegalArgumentException("the manifest has no \"files\" array");
        }
        List<DataFile> files = new ArrayList<>();
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> file)) {
                throw new IllegalArgumentException("an entry of \"files\" is not an object");
            }
            String key = text(file, "key", true);
            files.add(new DataFile(key, size(file.get("size"), key), text(file, "MD5checksum", false)));
        }
        return new InventoryManifest(source, format, columns, List.copyOf(files), created(root));
    }

    /** A file's size in bytes; -1 when the manifest gives none, so that it is not checked. */
    private static long size(Object value, String key) {
        if (value == null) {
            return -1;
        }
        try {
            if (value instanceof BigDecimal n && n.signum() >= 0) {
                return n.longValueExact();
            }
        } catch (ArithmeticException e) {
            // Reported below.
        }
        throw new IllegalArgumentException("the size of " + key + " is " + value + ", not a byte count");
    }

    /** S3 writes the creation time as a string of epoch milliseconds; a number is taken too. */
    private static Instant created(Map<?, ?> root) {
        Object value = root.get("creationTimestamp");
        try {
            if (value instanceof String s && !s.isBlank()) {
                return Instant.ofEpochMilli(Long.parseLong(s.trim()));
            }
            if (value instanceof BigDecimal n) {
                return Instant.ofEpochMilli(n.longValueExact());
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("creationTimestamp \"" + value + "\" is not epoch milliseconds", e);
        }
        return null;
    }

    private static String text(Map<?, ?> object, String name, boolean required) {
        Object value = object.get(name);
        if (value instanceof String s && !s.isEmpty()) {
            return s;
        }
        if (value == null && !required) {
            return null;
        }
        throw new IllegalArgumentException(
                value == null ? "the manifest has no \"" + name + "\"" : "\"" + name + "\" is not a non-empty string");
    }
}
