package dev.awsrecipes.examples.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.Bucket;
import dev.awsrecipes.s3.BucketUsage;
import dev.awsrecipes.s3.ExpiringUrl;
import dev.awsrecipes.s3.ObjectInfo;
import dev.awsrecipes.s3.S3Recipes;
import dev.awsrecipes.s3.UrlMethod;
import dev.awsrecipes.s3.Website;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.s3.model.StorageClass;

/** The S3 part of the tour: every S3 recipe once, printing what it did, leaving nothing behind. */
public final class S3Tour {
    private S3Tour() {}

    public static void run(Aws aws, PrintWriter out) {
        S3Recipes s3 = S3Recipes.using(aws);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String name = "tour-" + suffix;
        String archive = "tour-archive-" + suffix;
        String site = "tour-site-" + suffix;
        List<String> created = new ArrayList<>();
        try {
            Bucket bucket = s3.createBucket(name);
            created.add(name);
            out.println("S1 createBucket: " + bucket);
            out.println(
                    "S1 createBucket again: created=" + s3.createBucket(name).created());
            created.add(s3.createBucket(archive).name());

            out.println("S2 putObject (private): " + s3.putObject(name, "notes/hello.txt", "hello, S3"));
            out.println("S2 readString: " + s3.readString(name, "notes/hello.txt"));
            s3.putObject(p -> p.bucket(name)
                    .key("reports/q3.csv")
                    .text("region,revenue\neu,42\n")
                    .contentType("text/csv")
                    .putMetadata("owner", "finance"));
            out.println("S3 metadata read back: "
                    + s3.objectInfo(name, "reports/q3.csv").metadata());

            out.println("S5 copyObject keeping metadata: "
                    + s3.copyObject(name, "reports/q3.csv", archive, "2026/q3.csv")
                            .bytes() + " bytes, metadata "
                    + s3.objectInfo(archive, "2026/q3.csv").metadata());
            out.println("S5 moveObject: sourceDeleted="
                    + s3.moveObject(c -> c.sourceBucket(name)
                                    .sourceKey("notes/hello.txt")
                                    .bucket(name)
                                    .key("notes/moved.txt"))
                            .sourceDeleted());
            ObjectInfo relabelled = s3.replaceMetadata(archive, "2026/q3.csv", Map.of("owner", "audit"));
            out.println(
                    "S6 replaceMetadata in place: " + relabelled.metadata() + ", still " + relabelled.contentType());
            out.println("S8 changeStorageClass: now "
                    + s3.changeStorageClass(archive, "2026/q3.csv", StorageClass.STANDARD_IA)
                            .storageClass());

            BucketUsage usage = s3.bucketDu(name);
            out.println("S4 bucketDu: " + usage.objects() + " objects, " + usage.bytes() + " bytes, "
                    + usage.byStorageClass().keySet() + ", " + usage.requests() + " request(s)");

            expiringUrls(s3, name, out);

            out.println("S10 enableVersioning: " + s3.enableVersioning(name).status());
            s3.putObject(name, "notes/moved.txt", "second version");
            out.println("S10 listVersions: " + s3.listVersions(name, "notes/").size() + " versions of notes/");
            out.println("S10 suspendVersioning: " + s3.suspendVersioning(name).status());

            out.println("S7 enableAccessLogging: " + s3.enableAccessLogging(name, archive, "logs/"));
            out.println("S7 disableAccessLogging: enabled="
                    + s3.disableAccessLogging(name).enabled());

            created.add(site);
            Website website = publishSite(s3, site);
            out.println("S11 publishWebsite: " + website.files() + " files at " + website.endpoint());
        } finally {
            for (String bucket : created) {
                out.println("S13 deleteBucket: " + s3.deleteBucket(bucket));
            }
        }
    }

    private static void expiringUrls(S3Recipes s3, String bucket, PrintWriter out) {
        ExpiringUrl upload = s3.expiringUrl(bucket, "hello.txt", Duration.ofMinutes(5), UrlMethod.PUT);
        int putStatus = send(HttpRequest.newBuilder(URI.create(upload.url().toString()))
                .PUT(HttpRequest.BodyPublishers.ofString("hello from a presigned PUT"))
                .build());
        out.println("S9 expiringUrl PUT for 5 minutes: upload answered " + putStatus);
        ExpiringUrl download = s3.expiringUrl(bucket, "hello.txt", Duration.ofMinutes(5));
        int getStatus = send(HttpRequest.newBuilder(URI.create(download.url().toString()))
                .GET()
                .build());
        out.println("S9 expiringUrl GET until " + download.expiresAt() + ": download answered " + getStatus);
    }

    private static Website publishSite(S3Recipes s3, String bucket) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("tour-site");
            Files.writeString(dir.resolve("index.html"), "<h1>aws-recipes tour</h1>");
            Files.writeString(dir.resolve("error.html"), "<h1>not here</h1>");
            Files.writeString(dir.resolve("style.css"), "h1 { font-family: sans-serif }");
            Path site = dir;
            return s3.publishWebsite(w -> w.bucket(bucket).directory(site).errorDocument("error.html"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            ScratchDirectory.delete(dir);
        }
    }

    private static int send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
