package dev.awsrecipes.examples.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.Bucket;
import dev.awsrecipes.s3.ExpiringUrl;
import dev.awsrecipes.s3.S3Recipes;
import dev.awsrecipes.s3.UrlMethod;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 part of the tour: every S3 recipe once, printing what it did, leaving nothing behind. */
public final class S3Tour {
    private S3Tour() {}

    public static void run(Aws aws, PrintWriter out) {
        S3Recipes s3 = S3Recipes.using(aws);
        String name = "tour-" + UUID.randomUUID().toString().substring(0, 8);
        Bucket bucket = s3.createBucket(name);
        out.println("S1 createBucket: " + bucket);
        out.println("S1 createBucket again: created=" + s3.createBucket(name).created());
        try {
            ExpiringUrl upload = s3.expiringUrl(name, "hello.txt", Duration.ofMinutes(5), UrlMethod.PUT);
            int putStatus = send(HttpRequest.newBuilder(URI.create(upload.url().toString()))
                    .PUT(HttpRequest.BodyPublishers.ofString("hello from a presigned PUT"))
                    .build());
            out.println("S9 expiringUrl PUT for 5 minutes: upload answered " + putStatus);
            ExpiringUrl download = s3.expiringUrl(name, "hello.txt", Duration.ofMinutes(5));
            int getStatus =
                    send(HttpRequest.newBuilder(URI.create(download.url().toString()))
                            .GET()
                            .build());
            out.println("S9 expiringUrl GET until " + download.expiresAt() + ": download answered " + getStatus);
        } finally {
            S3Client client = aws.client(dev.awsrecipes.s3.internal.S3Services.S3);
            client.deleteObject(b -> b.bucket(name).key("hello.txt"));
            client.deleteBucket(b -> b.bucket(name));
            out.println("cleaned up bucket " + name);
        }
    }

    private static int send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
