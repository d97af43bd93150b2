package dev.awsrecipes.cli.s3;

import dev.awsrecipes.cli.RecipeCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * A command on one object: {@code --bucket B --key K}, both checked before any call (S3's naming rules,
 * a key of 1 to 1,024 UTF-8 bytes). A subclass that checks more calls {@code super.validate()} first.
 */
@Command(preprocessor = S3PathArgs.class)
public abstract class ObjectCommand<R> extends RecipeCommand<R> {
    @Mixin
    ObjectOptions object;

    @Override
    protected void validate() {
        object.check();
    }
}
