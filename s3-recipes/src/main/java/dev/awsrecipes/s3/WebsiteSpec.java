package dev.awsrecipes.s3;

import java.nio.file.Path;

/**
 * A static website to publish with {@link S3Recipes#publishWebsite(WebsiteSpec)}.
 *
 * <pre>{@code
 * Website site = s3.publishWebsite(w -> w.bucket("www.example.org").directory(Path.of("public")));
 * }</pre>
 *
 * @param bucket the bucket, created if missing
 * @param directory the local directory whose files become the site
 * @param indexDocument the page served for a directory
 * @param errorDocument the page served on errors, or null for S3's own
 */
public record WebsiteSpec(String bucket, Path directory, String indexDocument, String errorDocument) {

    /** A new builder with {@code index.html} as index document and no error document. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link WebsiteSpec}. */
    public static final class Builder {
        private String bucket;
        private Path directory;
        private String indexDocument = "index.html";
        private String errorDocument;

        private Builder() {}

        /** The bucket. */
        public Builder bucket(String bucket) {
            this.bucket = bucket;
            return this;
        }

        /** The directory to upload. */
        public Builder directory(Path directory) {
            this.directory = directory;
            return this;
        }

        /** The index document suffix, {@code index.html} by default. */
        public Builder indexDocument(String indexDocument) {
            this.indexDocument = indexDocument;
            return this;
        }

        /** The key of the error page, e.g. {@code error.html}. */
        public Builder errorDocument(String errorDocument) {
            this.errorDocument = errorDocument;
            return this;
        }

        /** The spec. */
        public WebsiteSpec build() {
            return new WebsiteSpec(bucket, directory, indexDocument, errorDocument);
        }
    }
}
