package dev.awsrecipes.s3;

import dev.awsrecipes.core.Check;
import java.nio.file.Path;

/**
 * One step of a many-object operation ({@code cp --recursive}, {@code mv}, {@code rm}, {@code sync}): planned
 * first, so that a dry run can show every step and change nothing, then carried out by
 * {@link S3Transfers#run(BatchSpec)}. Each step says itself in the words of {@code aws s3}
 * ({@link #describe()}: {@code upload: photos/a.jpg to s3://b/photos/a.jpg}).
 */
public sealed interface ObjectAction
        permits ObjectAction.Upload,
                ObjectAction.Download,
                ObjectAction.Copy,
                ObjectAction.Delete,
                ObjectAction.DeleteFile {

    /** The verb of {@link #describe()}: upload, download, copy, move or delete. */
    String verb();

    /** The bytes the step moves (0 for a deletion). */
    long bytes();

    /** One line saying what the step does, as {@code aws s3} prints it. */
    String describe();

    /** Whether the step deletes rather than transfers. */
    default boolean deletes() {
        return this instanceof Delete || this instanceof DeleteFile;
    }

    /**
     * Stores a file as an object (verified as {@link S3Transfers#upload} verifies); with {@code move}, the file
     * is deleted afterwards if it did not change meanwhile.
     *
     * @param file the local file
     * @param target where it goes
     * @param bytes its size when planned
     * @param move delete the file once the object is verified
     */
    record Upload(Path file, S3Uri target, long bytes, boolean move) implements ObjectAction {
        /** Checks that every part is given. */
        public Upload {
            Check.notNull(file, "file");
            Check.notNull(target, "target");
        }

        @Override
        public String verb() {
            return move ? "move" : "upload";
        }

        @Override
        public String describe() {
            return verb() + ": " + file + " to " + target;
        }
    }

    /**
     * Fetches an object into a file (verified and renamed into place as {@link S3Transfers#download} does,
     * replacing a file of that name and creating missing directories); with {@code move}, the object is
     * deleted afterwards.
     *
     * @param source the object
     * @param file the local file to create or replace
     * @param bytes the object's size when planned
     * @param move delete the object once the file is verified
     */
    record Download(S3Uri source, Path file, long bytes, boolean move) implements ObjectAction {
        /** Checks that every part is given. */
        public Download {
            Check.notNull(source, "source");
            Check.notNull(file, "file");
        }

        @Override
        public String verb() {
            return move ? "move" : "download";
        }

        @Override
        public String describe() {
            return verb() + ": " + source + " to " + file;
        }
    }

    /**
     * Copies an object inside S3 (server-side, in parts above 5 GiB); with {@code move}, the source is
     * deleted once the copy is verified.
     *
     * @param source the object
     * @param target the copy
     * @param bytes the object's size when planned
     * @param move delete the source once the copy is verified
     */
    record Copy(S3Uri source, S3Uri target, long bytes, boolean move) implements ObjectAction {
        /** Checks that every part is given. */
        public Copy {
            Check.notNull(source, "source");
            Check.notNull(target, "target");
        }

        @Override
        public String verb() {
            return move ? "move" : "copy";
        }

        @Override
        public String describe() {
            return verb() + ": " + source + " to " + target;
        }
    }

    /**
     * Deletes an object (in {@code DeleteObjects} batches of up to 1,000 keys).
     *
     * @param target the object
     */
    record Delete(S3Uri target) implements ObjectAction {
        /** Checks that the object is given. */
        public Delete {
            Check.notNull(target, "target");
        }

        @Override
        public String verb() {
            return "delete";
        }

        @Override
        public long bytes() {
            return 0;
        }

        @Override
        public String describe() {
            return "delete: " + target;
        }
    }

    /**
     * Deletes a local file.
     *
     * @param file the file
     */
    record DeleteFile(Path file) implements ObjectAction {
        /** Checks that the file is given. */
        public DeleteFile {
            Check.notNull(file, "file");
        }

        @Override
        public String verb() {
            return "delete";
        }

        @Override
        public long bytes() {
            return 0;
        }

        @Override
        public String describe() {
            return "delete: " + file;
        }
    }
}
