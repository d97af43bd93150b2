package dev.awsrecipes.cli.s3;

import java.util.ArrayList;
import java.util.List;

/** The S3 subcommands of {@code aws-recipes}. */
public final class S3Commands {
    private S3Commands() {}

    public static List<Object> all() {
        List<Object> all = new ArrayList<>(S3ObjectCommands.all());
        all.addAll(S3TransferCommands.all());
        return all;
    }
}
