package dev.awsrecipes.cli.s3;

import dev.awsrecipes.s3.ObjectInfo;
import java.io.PrintWriter;

/**
 * A command on one object that answers with the object's description, printed the same way by each:
 * object-info, set-metadata, storage-class.
 */
public abstract class DescribedObjectCommand extends ObjectCommand<ObjectInfo> {
    @Override
    protected void printText(PrintWriter out, ObjectInfo result) {
        ObjectViews.print(out, result);
    }

    @Override
    protected Object jsonView(ObjectInfo result) {
        return ObjectViews.json(result);
    }
}
