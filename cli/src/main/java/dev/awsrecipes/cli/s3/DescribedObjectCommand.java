package dev.awsrecipes.cli.s3;

import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.s3.ObjectInfo;
import java.io.PrintWriter;
import picocli.CommandLine.Mixin;

/**
 * A command on one object ({@code --bucket B --key K}, checked before any call) that answers with the
 * object's description, printed the same way by each: object-info, set-metadata, storage-class.
 */
public abstract class DescribedObjectCommand extends RecipeCommand<ObjectInfo> {
    @Mixin
    ObjectOptions object;

    @Override
    protected void validate() {
        object.check();
    }

    @Override
    protected void printText(PrintWriter out, ObjectInfo result) {
        ObjectViews.print(out, result);
    }

    @Override
    protected Object jsonView(ObjectInfo result) {
        return ObjectViews.json(result);
    }
}
