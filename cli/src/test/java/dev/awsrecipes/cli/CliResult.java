package dev.awsrecipes.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** What one {@code aws-recipes} command line printed and returned. */
public record CliResult(int exitCode, String out, String err) {

    /** Standard output read as the one JSON document {@code --json} promises. */
    public JsonNode json() {
        try {
            return Json.mapper().readTree(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The top-level field names of the JSON document, in order. */
    public List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        json().fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The lines on stderr that say something: not blank and not progress-bar redraws. */
    public List<String> errLines() {
        return err.lines().filter(l -> !l.isBlank() && !l.startsWith("\r")).toList();
    }
}
