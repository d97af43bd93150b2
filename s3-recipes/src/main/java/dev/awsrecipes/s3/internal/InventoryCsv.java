package dev.awsrecipes.s3.internal;

import java.io.IOException;
import java.io.Reader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts the lines of one CSV data file of an S3 Inventory report (S3 User Guide, "Inventory list"):
 * fields in the manifest's {@code fileSchema} order, each in double quotes (a quote inside doubled), one
 * object version per line. The {@code Key} field is URL-encoded as an HTML form is ({@code +} for a space,
 * {@code %2B} for a plus), so it is decoded before the prefix is compared.
 *
 * <p>What is counted matches a listing: current objects are the lines that are the latest version and
 * no delete marker (every line, in a report of current versions only); with {@code allVersions} every
 * version is an object and every delete marker a delete marker. An empty storage class (a delete marker)
 * counts as {@code STANDARD}, as a listing reports no class for it either.
 */
final class InventoryCsv {
    private final int columns;
    private final int key;
    private final int size;
    private final int storageClass;
    private final int isLatest;
    private final int isDeleteMarker;
    private final String prefix;
    private final boolean allVersions;

    private InventoryCsv(List<String> schema, String prefix, boolean allVersions) {
        this.columns = schema.size();
        this.key = schema.indexOf("Key");
        this.size = schema.indexOf("Size");
        this.storageClass = schema.indexOf("StorageClass");
        this.isLatest = schema.indexOf("IsLatest");
        this.isDeleteMarker = schema.indexOf("IsDeleteMarker");
        this.prefix = prefix;
        this.allVersions = allVersions;
    }

    /**
     * A counter for files of this schema.
     *
     * @throws IllegalArgumentException when the schema lacks a field the count needs
     */
    static InventoryCsv forSchema(List<String> schema, String prefix, boolean allVersions) {
        InventoryCsv csv = new InventoryCsv(schema, prefix, allVersions);
        if (csv.key < 0) {
            throw new IllegalArgumentException("its fileSchema has no Key field");
        }
        if (csv.size < 0) {
            throw new IllegalArgumentException(
                    "its fileSchema has no Size field; add Size to the inventory configuration's optional fields");
        }
        if (allVersions && (csv.isLatest < 0 || csv.isDeleteMarker < 0)) {
            throw new IllegalArgumentException("it lists current versions only (no IsLatest and IsDeleteMarker"
                    + " fields); counting every version needs an inventory of all versions");
        }
        return csv;
    }

    /**
     * Counts one file's lines.
     *
     * @param in the file's text (already decompressed)
     * @throws IllegalArgumentException naming the line that is not an inventory line of this schema
     */
    Tally count(Reader in) throws IOException {
        Tally tally = new Tally();
        Lines lines = new Lines(in);
        List<String> fields;
        while ((fields = lines.next()) != null) {
            if (fields.size() != columns) {
                throw new IllegalArgumentException("line " + lines.number + " has " + fields.size()
                        + " fields where the fileSchema names " + columns);
            }
            String name = decode(fields.get(key), lines.number);
            if (!name.startsWith(prefix)) {
                continue;
            }
            boolean marker = isDeleteMarker >= 0 && "true".equalsIgnoreCase(fields.get(isDeleteMarker));
            boolean latest = isLatest < 0 || "true".equalsIgnoreCase(fields.get(isLatest));
            if (allVersions && marker) {
                tally.deleteMarkers++;
            } else if (allVersions || (latest && !marker)) {
                String cls = storageClass < 0 ? "" : fields.get(storageClass);
                tally.add(ObjectStore.storageClassOf(cls), size(fields.get(size), lines.number));
            }
        }
        return tally;
    }

    private static String decode(String encoded, long line) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("line " + line + ": the key \"" + encoded + "\" is not URL-encoded", e);
        }
    }

    private static long size(String value, long line) {
        if (value.isEmpty()) {
            return 0;
        }
        try {
            long n = Long.parseLong(value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Reported below, with the line.
        }
        throw new IllegalArgumentException("line " + line + ": the size \"" + value + "\" is not a byte count");
    }

    /**
     * RFC 4180 records: fields separated by commas, quoted or not, a quoted field may hold commas, line
     * breaks and doubled quotes; a record ends at LF or CRLF outside quotes. Blank lines are skipped.
     */
    private static final class Lines {
        private final Reader in;
        long number;
        private int pending = -2;

        Lines(Reader in) {
            this.in = in;
        }

        List<String> next() throws IOException {
            while (true) {
                int c = read();
                if (c == -1) {
                    return null;
                }
                number++;
                if (c == '\n') {
                    continue;
                }
                if (c == '\r' && peek() == '\n') {
                    read();
                    continue;
                }
                unread(c);
                return record();
            }
        }

        private List<String> record() throws IOException {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (true) {
                int c = read();
                if (quoted) {
                    if (c == -1) {
                        throw new IllegalArgumentException("line " + number + " ends inside a quoted field");
                    }
                    if (c == '"') {
                        if (peek() == '"') {
                            read();
                            field.append('"');
                        } else {
                            quoted = false;
                        }
                    } else {
                        field.append((char) c);
                    }
                    continue;
                }
                if (c == '"' && field.isEmpty() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                } else if (c == -1 || c == '\n' || (c == '\r' && peek() == '\n')) {
                    if (c == '\r') {
                        read();
                    }
                    fields.add(field.toString());
                    return fields;
                } else if (wasQuoted) {
                    throw new IllegalArgumentException("line " + number + " has text after a closing quote");
                } else {
                    field.append((char) c);
                }
            }
        }

        private int read() throws IOException {
            if (pending != -2) {
                int c = pending;
                pending = -2;
                return c;
            }
            return in.read();
        }

        private int peek() throws IOException {
            if (pending == -2) {
                pending = in.read();
            }
            return pending;
        }

        private void unread(int c) {
            pending = c;
        }
    }
}
