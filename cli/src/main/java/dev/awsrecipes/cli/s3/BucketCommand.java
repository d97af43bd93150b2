package dev.awsrecipes.cli.s3;

import dev.awsrecipes.cli.RecipeCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * A command on one bucket: {@code --bucket B}, checked against S3's naming rules before any call. A
 * subclass that checks more calls {@code super.validate()} first.
 */
@Command(preprocessor = S3PathArgs.class)
public abstract class BucketCommand<R> extends RecipeCommand<R> {
    @Mixin
    BucketOption target;

    @Override
    protected void validate() {
        target.check();
    }
}
