package dev.awsrecipes.examples.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.examples.Usage;
import dev.awsrecipes.s3.S3Recipes;
import dev.awsrecipes.s3.Website;
import java.nio.file.Path;

/** S11: publishes a directory as a static website. Usage: {@code WebsiteExample BUCKET DIRECTORY}. */
public final class WebsiteExample {
    private WebsiteExample() {}

    public static void main(String[] args) {
        Usage.require(args.length >= 2, "WebsiteExample BUCKET DIRECTORY");
        try (Aws aws = Aws.create()) {
            Website site =
                    S3Recipes.using(aws).publishWebsite(w -> w.bucket(args[0]).directory(Path.of(args[1])));
            System.out.println(site.files() + " files published; visit " + site.endpoint());
        }
    }
}
