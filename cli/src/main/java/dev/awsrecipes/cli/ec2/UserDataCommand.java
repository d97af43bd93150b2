package dev.awsrecipes.cli.ec2;

import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.ec2.UserData;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aws-recipes user-data}: E12, builds user data: a script or a cloud-init MIME multipart package. */
@Command(
        name = "user-data",
        description = "Build instance user data: --script FILE alone, or cloud-init parts (--cloud-config,"
                + " --shell-script, --part-handler, --part TYPE=FILE), optionally --gzip; refused over 16 KB.")
public final class UserDataCommand extends RecipeCommand<UserData> {
    @Option(names = "--script", paramLabel = "FILE", description = "A plain script, sent as it is.")
    Path script;

    @Option(names = "--cloud-config", paramLabel = "FILE", description = "A cloud-config part.")
    List<Path> cloudConfigs = new ArrayList<>();

    @Option(names = "--shell-script", paramLabel = "FILE", description = "A shell-script part.")
    List<Path> shellScripts = new ArrayList<>();

    @Option(names = "--part-handler", paramLabel = "FILE", description = "A part-handler (Python) part.")
    List<Path> partHandlers = new ArrayList<>();

    @Option(
            names = "--part",
            paramLabel = "TYPE=FILE",
            description = "A part of any text type, e.g. text/x-mine=f.txt.")
    Map<String, Path> parts = new LinkedHashMap<>();

    @Option(names = "--gzip", description = "Gzip the multipart package.")
    boolean gzip;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the bytes here (required with --gzip).")
    Path output;

    @Override
    protected void validate() {
        boolean multipart =
                !cloudConfigs.isEmpty() || !shellScripts.isEmpty() || !partHandlers.isEmpty() || !parts.isEmpty();
        if ((script != null) == multipart) {
            throw new InvalidArgumentException(
                    "--script", "give either --script or multipart parts (--cloud-config, --shell-script, ...)");
        }
        if (gzip && output == null) {
            throw new InvalidArgumentException("--output", "--output is required with --gzip (gzip is binary)");
        }
    }

    @Override
    protected UserData run(Aws aws) throws IOException {
        UserData data = script != null
                ? UserData.script(read(script))
                : UserData.multipart(m -> {
                    partHandlers.forEach(f -> m.partHandler(read(f)));
                    cloudConfigs.forEach(f -> m.cloudConfig(read(f)));
                    shellScripts.forEach(f -> m.shellScript(read(f)));
                    parts.forEach(
                            (type, f) -> m.part(type, read(f), f.getFileName().toString()));
                    m.gzip(gzip);
                });
        if (output != null) {
            Files.write(output, data.bytes());
        }
        return data;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidArgumentException("file", "cannot read " + file + ": " + e.getMessage());
        }
    }

    @Override
    protected void printText(PrintWriter out, UserData result) {
        if (output != null) {
            out.println("wrote " + result.size() + " bytes (" + result.description() + ") to " + output);
        } else {
            out.print(new String(result.bytes(), StandardCharsets.UTF_8));
        }
    }

    /** What {@code --json} prints: the bytes as base64, with what they hold. */
    record Json(int bytes, boolean gzipped, String description, String base64) {}

    @Override
    protected Object jsonView(UserData result) {
        return new Json(result.size(), result.gzipped(), result.description(), result.base64());
    }
}
