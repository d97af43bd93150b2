package dev.awsrecipes.s3;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.SpecBuilder;
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

    /** Checks every value; whether the directory exists is checked when the site is published. */
    public WebsiteSpec {
        BucketNames.check("bucket", bucket);
        Check.representable(directory, "directory");
        Check.notBlank(indexDocument, "indexDocument");
        Check.that(
                !indexDocument.contains("/"),
                "indexDocument",
                "\"" + indexDocument + "\" must be a file name without a slash");
        if (errorDocument != null) {
            BucketNames.checkKey("errorDocument", errorDocument);
        }
    }

    /** A new builder with {@code index.html} as index document and no error document. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link WebsiteSpec}; the spec checks every value when it is built. */
    public static final class Builder extends BucketSetters<Builder> implements SpecBuilder<Builder, WebsiteSpec> {
        private Path directory;
        private String indexDocument = "index.html";
        private String errorDocument;

        private Builder() {}

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

        /** The spec; bucket and directory are required. */
        @Override
        public WebsiteSpec build() {
            return new WebsiteSpec(bucket(), directory, indexDocument, errorDocument);
        }
    }
}
