package dev.awsrecipes.cli.s3;

import dev.awsrecipes.cli.Json;
import dev.awsrecipes.cli.ShellWords;
import dev.awsrecipes.core.AwsErrors;
import dev.awsrecipes.s3.BatchListener;
import dev.awsrecipes.s3.LocalFileException;
import dev.awsrecipes.s3.ObjectAction;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Prints each step of {@code cp}, {@code mv}, {@code rm} and {@code sync} as it ends, the way {@code aws s3}
 * does ({@code upload: a.txt to s3://b/a.txt} on stdout, failures on stderr), or with {@code --json} as one
 * JSON object per line ({@code {"action":"upload","source":...,"target":...,"bytes":N}}), so a million steps
 * stream in bounded memory. A dry run prints the same lines with {@code (dryrun)} before them, and
 * {@code "dryRun":true} in JSON. Steps end on several threads; lines are written whole.
 */
public final class ActionLines implements BatchListener {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;

    /**
     * @param out where done steps go (stdout)
     * @param err where failed steps go in text mode (stderr)
     * @param json one JSON object per line instead of text
     */
    public ActionLines(PrintWriter out, PrintWriter err, boolean json) {
        this.out = out;
        this.err = err;
        this.json = json;
    }

    @Override
    public synchronized void finished(ObjectAction action, Throwable error) {
        if (json) {
            Map<String, Object> line = view(action);
            if (error != null) {
                line.put("error", AwsErrors.describe(error));
                leftBehind(error)
                        .ifPresent(e -> line.put(
                                "kept",
                                e.kept().stream()
                                        .map(k -> new Kept(k.path().toString(), k.bytes()))
                                        .toList()));
            }
            out.println(Json.line(line));
            out.flush();
        } else if (error == null) {
            out.println(action.describe());
            out.flush();
        } else {
            err.println("failed: " + action.describe() + ": " + AwsErrors.describe(error));
            leftBehind(error).ifPresent(this::sayWhatWasKept);
            err.flush();
        }
    }

    /** A file a stopped download left, as JSON shows it: path, then bytes. */
    private record Kept(String path, long bytes) {}

    /** The local failure (a full disk) that left a partial download behind, if that is what the error is. */
    private static Optional<LocalFileException> leftBehind(Throwable error) {
        Throwable cause = error;
        while (cause != null && !(cause instanceof LocalFileException)) {
            cause = cause.getCause();
        }
        return cause instanceof LocalFileException e && !e.kept().isEmpty() ? Optional.of(e) : Optional.empty();
    }

    /**
     * A download stopped by a local failure keeps what it wrote, so the same command continues it once there
     * is room (downloads of many objects resume what an earlier run left); this says what takes the space and
     * how to free it instead.
     */
    private void sayWhatWasKept(LocalFileException e) {
        long bytes =
                e.kept().stream().mapToLong(LocalFileException.KeptFile::bytes).sum();
        err.println("  kept for a resume: "
                + e.kept().stream()
                        .map(k -> k.path() + " (" + DownloadCommand.human(k.bytes()) + ")")
                        .collect(Collectors.joining(", "))
                + ", " + DownloadCommand.human(bytes) + " in all; free space and run the same command again to"
                + " continue it");
        List<String> remove = new ArrayList<>(List.of("rm", "-f", "--"));
        e.kept().forEach(k -> remove.add(k.path().toString()));
        err.println("  or free their space: " + ShellWords.line(remove));
    }

    /** Prints the steps a dry run would take, changing nothing. */
    public synchronized void dryRun(List<? extends ObjectAction> actions) {
        for (ObjectAction action : actions) {
            if (json) {
                Map<String, Object> line = view(action);
                line.put("dryRun", true);
                out.println(Json.line(line));
            } else {
                out.println("(dryrun) " + action.describe());
            }
        }
        out.flush();
    }

    /** One step as a JSON object: its verb, source, target and bytes. */
    static Map<String, Object> view(ObjectAction action) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("action", action.verb());
        if (action instanceof ObjectAction.Upload u) {
            view.put("source", u.file().toString());
            view.put("target", u.target().toString());
        } else if (action instanceof ObjectAction.Download d) {
            view.put("source", d.source().toString());
            view.put("target", d.file().toString());
        } else if (action instanceof ObjectAction.Copy c) {
            view.put("source", c.source().toString());
            view.put("target", c.target().toString());
        } else if (action instanceof ObjectAction.Delete d) {
            view.put("target", d.target().toString());
        } else if (action instanceof ObjectAction.DeleteFile f) {
            view.put("target", f.file().toString());
        }
        view.put("bytes", action.bytes());
        return view;
    }
}
