package dev.awsrecipes.cli.s3;

import dev.awsrecipes.s3.ObjectInfo;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** How the object subcommands print an {@link ObjectInfo}. */
final class ObjectViews {
    private ObjectViews() {}

    static Map<String, Object> json(ObjectInfo info) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("bucket", info.bucket());
        json.put("key", info.key());
        json.put("bytes", info.bytes());
        json.put("etag", info.eTag());
        json.put("contentType", info.contentType());
        json.put("storageClass", info.storageClass());
        json.put("metadata", new java.util.TreeMap<>(info.metadata()));
        json.put("lastModified", info.lastModified());
        json.put("versionId", info.versionId());
        return json;
    }

    static void print(PrintWriter out, ObjectInfo info) {
        out.println("s3://" + info.bucket() + "/" + info.key() + ": " + info.bytes() + " bytes, " + info.contentType()
                + ", " + info.storageClass() + ", modified " + info.lastModified());
        new java.util.TreeMap<>(info.metadata()).forEach((k, v) -> out.println("  " + k + ": " + v));
    }
}
