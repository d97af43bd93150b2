package dev.awsrecipes.s3;

import java.net.URL;
import java.time.Instant;
import java.util.List;

/**
 * A presigned URL that anyone holding it can use until it expires, without credentials.
 *
 * @param url the URL; it carries a signature, so treat it as a secret until it expires
 * @param method {@code GET} to download, {@code PUT} to upload
 * @param expiresAt when S3 stops accepting it
 * @param warnings what may make it stop working sooner (temporary credentials that end first)
 */
public record ExpiringUrl(URL url, String method, Instant expiresAt, List<String> warnings) {

    /** Copies the warnings, so the result never changes. */
    public ExpiringUrl {
        warnings = List.copyOf(warnings);
    }

    @Override
    public String toString() {
        return "ExpiringUrl[" + method + " until " + expiresAt + "]";
    }
}
