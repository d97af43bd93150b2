package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.s3.BatchResult.FailedAction;
import dev.awsrecipes.s3.CopyPlan;
import dev.awsrecipes.s3.CopyPlan.Skipped;
import dev.awsrecipes.s3.CopySpec;
import dev.awsrecipes.s3.KeyGlob;
import dev.awsrecipes.s3.ListSpec;
import dev.awsrecipes.s3.ListedObject;
import dev.awsrecipes.s3.ObjectAction;
import dev.awsrecipes.s3.S3Uri;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Turns a {@link CopySpec} into the steps {@code aws s3 cp} and {@code mv} would take, naming each target as they
 * do: one object keeps the target's name unless the target is a folder (then its own name inside it); many keep
 * their names relative to the source folder, below the target folder. Only lists; changes nothing. Objects come
 * from the given lister (S3 in use, canned listings in tests), files from {@link LocalTree}.
 */
final class CopyPlanner {
    private final CopySpec spec;
    private final Function<ListSpec, Stream<ListedObject>> lister;
    private final List<ObjectAction> actions = new ArrayList<>();
    private final List<FailedAction> refused = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();

    CopyPlanner(CopySpec spec, Function<ListSpec, Stream<ListedObject>> lister) {
        this.spec = spec;
        this.lister = lister;
    }

    /** Refuses what is wrong with the local source or the shape of the request, before any call. */
    void checkInput() {
        if (spec.sourceFile() != null) {
            Path source = spec.sourceFile();
            if (Files.isDirectory(source)) {
                if (!spec.recursive()) {
                    throw new InvalidArgumentException(
                            "source",
                            "source " + source + " is a directory; add recursive (--recursive) to copy the files"
                                    + " under it");
                }
            } else if (!Files.exists(source)) {
                throw new InvalidArgumentException("source", "source " + source + " does not exist");
            } else if (!Files.isRegularFile(source)) {
                throw new InvalidArgumentException(
                        "source",
                        "source " + source + " is not a regular file (to read a pipe, give - and pipe it in)");
            }
        } else if (!spec.many() && spec.sourceObject().isPrefix()) {
            throw new InvalidArgumentException(
                    "source",
                    "source " + spec.sourceObject() + " names a folder; add recursive (--recursive) to copy the"
                            + " objects under it");
        }
    }

    CopyPlan plan() {
        checkInput();
        if (spec.sourceFile() != null) {
            planLocal(spec.sourceFile());
        } else if (spec.many()) {
            try (Stream<ListedObject> listed = lister.apply(listing())) {
                listed.forEach(this::planObject);
            }
        } else {
            planOneObject(spec.sourceObject());
        }
        return new CopyPlan(actions, refused, skipped);
    }

    /** The objects a recursive or wildcard source names, each named relative to its folder. */
    private ListSpec listing() {
        S3Uri source = spec.sourceObject();
        if (source.hasWildcard()) {
            return ListSpec.of(source, true).toBuilder().filter(spec.filter()).build();
        }
        String folder = source.keyAsFolder();
        return ListSpec.builder()
                .bucket(source.bucket())
                .prefix(folder)
                .folder(folder)
                .recursive(true)
                .filter(spec.filter())
                .build();
    }

    private void planOneObject(S3Uri source) {
        ListSpec exact = ListSpec.builder()
                .bucket(source.bucket())
                .prefix(source.key())
                .recursive(true)
                .glob(KeyGlob.of(source.key()))
                .build();
        Optional<ListedObject> found;
        // The exact key sorts first among those it is a prefix of, so the first page holds it if it exists.
        try (Stream<ListedObject> listed = lister.apply(exact)) {
            found = listed.findFirst();
        }
        ListedObject object = found.orElseThrow(() -> new AwsRecipesException("source " + source + " does not exist"));
        if (!spec.filter().test(object.name())) {
            return;
        }
        if (spec.targetObject() != null) {
            S3Uri target = spec.targetObject();
            copy(object, target.isPrefix() ? target.child(object.name()) : target);
        } else {
            Path target = spec.targetFile();
            if (spec.targetIsDirectory() || Files.isDirectory(target)) {
                download(object, target);
            } else {
                actions.add(new ObjectAction.Download(object.uri(), target, object.bytes(), spec.move()));
            }
        }
    }

    private void planObject(ListedObject object) {
        if (object.folder()) {
            return;
        }
        if (object.key().endsWith("/")) {
            skipped.add(new Skipped(object.uri().toString(), "folder marker (a key ending in /)"));
            return;
        }
        if (spec.targetObject() != null) {
            S3Uri target;
            try {
                target = spec.targetObject().child(object.name());
            } catch (InvalidArgumentException e) {
                refuse(new ObjectAction.Copy(object.uri(), spec.targetObject(), object.bytes(), spec.move()), e);
                return;
            }
            copy(object, target);
        } else {
            download(object, spec.targetFile());
        }
    }

    private void copy(ListedObject object, S3Uri target) {
        ObjectAction.Copy copy = new ObjectAction.Copy(object.uri(), target, object.bytes(), spec.move());
        if (object.uri().equals(target)) {
            refuse(copy, new AwsRecipesException("source and target are the same object; nothing to copy"));
        } else {
            actions.add(copy);
        }
    }

    /** A download into the directory under the object's name, refused when the name would lead outside it. */
    private void download(ListedObject object, Path directory) {
        Path file = LocalTree.fileFor(directory, object.name());
        if (file != null) {
            actions.add(new ObjectAction.Download(object.uri(), file, object.bytes(), spec.move()));
        } else {
            refuse(
                    new ObjectAction.Download(object.uri(), shownFile(directory, object.name()), object.bytes(), false),
                    new AwsRecipesException(
                            "refused: the name \"" + object.name() + "\" would not be a file inside " + directory));
        }
    }

    /** The path a refused name would have had, only to show it. */
    private static Path shownFile(Path directory, String name) {
        try {
            return directory.resolve(name);
        } catch (InvalidPathException e) {
            return directory;
        }
    }

    private void planLocal(Path source) {
        S3Uri target = spec.targetObject();
        if (!Files.isDirectory(source)) {
            String name = source.getFileName().toString();
            if (spec.filter().test(name)) {
                upload(source, size(source), target.isPrefix() ? target.child(name) : target);
            }
            return;
        }
        LocalTree.Listing tree = LocalTree.walk(source, spec.filter());
        for (LocalTree.Entry entry : tree.files()) {
            S3Uri key;
            try {
                key = target.child(entry.name());
            } catch (InvalidArgumentException e) {
                refuse(new ObjectAction.Upload(entry.file(), target, entry.bytes(), spec.move()), e);
                continue;
            }
            upload(entry.file(), entry.bytes(), key);
        }
        tree.skipped().forEach(s -> skipped.add(new Skipped(s.path().toString(), s.reason())));
    }

    private void upload(Path file, long bytes, S3Uri target) {
        actions.add(new ObjectAction.Upload(file, target, bytes, spec.move()));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file, e);
        }
    }

    private void refuse(ObjectAction action, Exception why) {
        refused.add(new FailedAction(action, why.getMessage(), why));
    }
}
