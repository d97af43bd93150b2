package dev.awsrecipes.cli.s3;

import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.ExpiringUrl;
import dev.awsrecipes.s3.S3Recipes;
import dev.awsrecipes.s3.UrlMethod;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code aws-recipes expiring-url}: S9, a presigned URL valid for a while. */
@Command(
        name = "expiring-url",
        preprocessor = S3PathArgs.class,
        description = "Print a presigned URL that downloads (GET) or uploads (PUT) one object until it expires.")
public final class ExpiringUrlCommand extends RecipeCommand<ExpiringUrl> {
    @Mixin
    ObjectOptions object;

    @Option(
            names = "--expires",
            required = true,
            paramLabel = "DURATION",
            description = "How long the URL works, in whole seconds: 30s, 5m, 2h, 7d or PT30S; at most 7 days.")
    Duration expires;

    @Option(names = "--method", defaultValue = "GET", paramLabel = "GET|PUT", description = "GET (default) or PUT.")
    UrlMethod method;

    @Override
    protected ExpiringUrl run(Aws aws) {
        return S3Recipes.using(aws).expiringUrl(object.bucket(), object.key(), expires, method);
    }

    @Override
    protected void printText(PrintWriter out, ExpiringUrl result) {
        result.warnings().forEach(w -> progress().println("warning: " + w));
        out.println(result.url());
    }

    @Override
    protected Object jsonView(ExpiringUrl result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("url", result.url().toString());
        json.put("expiresAt", result.expiresAt());
        if (!result.warnings().isEmpty()) {
            json.put("warnings", result.warnings());
        }
        return json;
    }
}
