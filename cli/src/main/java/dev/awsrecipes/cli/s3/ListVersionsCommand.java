package dev.awsrecipes.cli.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.ObjectVersion;
import dev.awsrecipes.s3.S3Recipes;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aws-recipes list-versions}: S10, every version and delete marker of a bucket. */
@Command(name = "list-versions", description = "List every version and delete marker, newest first per key.")
public final class ListVersionsCommand extends BucketCommand<List<ObjectVersion>> {
    @Option(names = "--prefix", paramLabel = "P", description = "Only keys starting with P.")
    String prefix = "";

    @Override
    protected List<ObjectVersion> run(Aws aws) {
        return S3Recipes.using(aws).listVersions(target.bucket(), prefix);
    }

    @Override
    protected void printText(PrintWriter out, List<ObjectVersion> result) {
        for (ObjectVersion v : result) {
            out.printf(
                    "%-40s %-34s %s %10d %s%n",
                    v.key(),
                    v.versionId(),
                    v.latest() ? "latest" : "      ",
                    v.bytes(),
                    v.deleteMarker() ? "(delete marker)" : v.storageClass());
        }
    }

    @Override
    protected Object jsonView(List<ObjectVersion> result) {
        return Map.of("bucket", target.bucket(), "versions", result);
    }
}
