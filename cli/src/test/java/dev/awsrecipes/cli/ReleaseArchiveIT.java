package dev.awsrecipes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.S3Recipes;
import dev.awsrecipes.testing.S3Server;
import dev.awsrecipes.testing.S3ServerTest;
import dev.awsrecipes.testing.ScratchBucket;
import dev.awsrecipes.testing.TestFiles;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive as a user installs it: {@code aws-recipes-VERSION.tar.gz} (mvn package made it)
 * unpacked in a temporary directory, run from another directory through a chain of relative symbolic
 * links ({@code ~/bin/aws-recipes -> ../opt/current/bin/aws-recipes}, {@code current -> aws-recipes-VERSION}),
 * with {@code JAVA_HOME} the only way to java: the PATH it gets holds the shell's tools but no java.
 */
class ReleaseArchiveIT {
    /** A user's home: the unpacked archives under opt/, the links under bin/, the cache under .cache/. */
    @TempDir
    static Path home;

    private static String version;
    private static Path link;
    private static Path toolsWithoutJava;

    @BeforeAll
    static void install() throws Exception {
        Path archive = releaseArchive("tar.gz");
        String name = archive.getFileName().toString();
        version = name.substring("aws-recipes-".length(), name.length() - ".tar.gz".length());
        toolsWithoutJava = toolsWithoutJava(Files.createDirectories(home.resolve("tools")));
        Path opt = Files.createDirectories(home.resolve("opt"));
        assertThat(tool(home, "tar", "-xzf", archive.toString(), "-C", opt.toString())
                        .exitCode())
                .isZero();
        Files.createSymbolicLink(opt.resolve("current"), Path.of("aws-recipes-" + version));
        link = Files.createDirectories(home.resolve("bin")).resolve("aws-recipes");
        Files.createSymbolicLink(link, Path.of("../opt/current/bin/aws-recipes"));
    }

    /** target/aws-recipes-VERSION.EXTENSION, next to the shaded jar. */
    private static Path releaseArchive(String extension) throws IOException {
        try (Stream<Path> files = Files.list(JarProcess.jar().getParent())) {
            List<Path> archives = files.filter(f -> {
                        String n = f.getFileName().toString();
                        return n.startsWith("aws-recipes-") && n.endsWith("." + extension);
                    })
                    .toList();
            assertThat(archives)
                    .as("the release archive (mvn package makes it)")
                    .hasSize(1);
            return archives.get(0);
        }
    }

    /** A directory of links to every program on this PATH but java, to be the only PATH. */
    private static Path toolsWithoutJava(Path tools) throws IOException {
        for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
            File[] programs = new File(dir.isEmpty() ? "." : dir).listFiles();
            for (File program : programs == null ? new File[0] : programs) {
                Path target = tools.resolve(program.getName());
                if (program.canExecute()
                        && program.isFile()
                        && !program.getName().equals("java")
                        && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createSymbolicLink(target, program.toPath().toAbsolutePath());
                }
            }
        }
        return tools;
    }

    /** A process with the user's environment: HOME, JAVA_HOME, the PATH without java, and {@code more}. */
    private static ProcessBuilder asUser(Path directory, Map<String, String> more, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("HOME", home.toString());
        env.put("PATH", toolsWithoutJava.toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.putAll(more);
        return builder;
    }

    private static Launcher.Finished tool(Path directory, String... command) throws Exception {
        return Launcher.run(new ProcessBuilder(command).directory(directory.toFile()), home);
    }

    /** The installed command, through the link, from a directory of its own. */
    private static Launcher.Finished aws(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(link.toString()));
        command.addAll(List.of(args));
        Path elsewhere = Files.createDirectories(home.resolve("elsewhere"));
        return Launcher.run(asUser(elsewhere, env, command), home);
    }

    /** The start-up archives the launcher made in the user's cache. */
    private static List<Path> cached() throws IOException {
        Path startup = home.resolve(".cache/aws-recipes/startup");
        if (!Files.isDirectory(startup)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(startup)) {
            return files.toList();
        }
    }

    /** Until the launcher's background training is over (bounded: four minutes), so the home can go. */
    @AfterAll
    static void awaitTraining() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        // The lock is there from the first run's start (the JVM it runs takes far longer to end).
        while (Instant.now().isBefore(deadline)
                && cached().stream().anyMatch(f -> f.toString().endsWith(".lock"))) {
            Thread.sleep(500);
        }
    }

    @Test
    void version_throughTheLink_runsTheJavaOfJavaHome_andTheFirstRunMakesItsStartUpArchive() throws Exception {
        Launcher.Finished run = aws(Map.of(), "--version");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outText())
                .startsWith("aws-recipes " + version + "\n")
                .contains("Java " + System.getProperty("java.runtime.version"));
        // Made in the background, once: an AOT cache on JDK 25 and newer, an AppCDS archive before.
        String kind = Runtime.version().feature() >= 25 ? ".aot" : ".jsa";
        awaitTraining();
        assertThat(cached()).as("the user's cache").anyMatch(f -> f.toString().endsWith(kind));
        assertThat(cached())
                .noneMatch(f -> f.toString().endsWith(".lock") || f.toString().endsWith(".tmp"));

        Launcher.Finished again = aws(Map.of(), "--version");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).as("the archive is used silently").isEmpty();
    }

    @Test
    void theZip_holdsTheSameRunnableInstall() throws Exception {
        Path unzipped = Files.createDirectories(home.resolve("unzipped"));
        assertThat(tool(home, "unzip", "-q", releaseArchive("zip").toString(), "-d", unzipped.toString())
                        .exitCode())
                .isZero();
        Path root = unzipped.resolve("aws-recipes-" + version);

        assertThat(root.resolve("bin/aws-recipes")).isExecutable();
        for (String file : List.of(
                "lib/aws-recipes.jar",
                "lib/aws-recipes-jit.json",
                "LICENSE",
                "NOTICE",
                "README.md",
                "completion/aws-recipes.bash",
                "completion/aws-recipes.zsh")) {
            assertThat(root.resolve(file)).as(file).isNotEmptyFile();
            assertThat(home.resolve("opt/aws-recipes-" + version).resolve(file))
                    .as("the tar.gz has " + file)
                    .isNotEmptyFile();
        }
        Launcher.Finished run = Launcher.run(
                asUser(home, Map.of(), List.of(root.resolve("bin/aws-recipes").toString(), "--version")), home);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outText()).startsWith("aws-recipes " + version + "\n");
    }

    @Test
    void theInstalledJar_holdsPicocliAsJava8ClassFiles_whichTheStartUpArchiveCanHold() throws Exception {
        Path jar = home.resolve("opt/aws-recipes-" + version + "/lib/aws-recipes.jar");
        List<String> old = new ArrayList<>();
        int picocli = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().startsWith("picocli/") && entry.getName().endsWith(".class")) {
                    picocli++;
                    try (InputStream in = zip.getInputStream(entry)) {
                        byte[] head = in.readNBytes(8);
                        if (((head[6] & 0xff) << 8 | (head[7] & 0xff)) < 52) {
                            old.add(entry.getName());
                        }
                    }
                }
            }
        }

        assertThat(picocli).isGreaterThan(100);
        assertThat(old)
                .as("class files older than Java 8 (the JVM keeps them out of AppCDS and AOT caches)")
                .isEmpty();
    }

    @S3ServerTest
    void uploadAndDownload_throughTheLink_roundTripTheBytes(S3Server server) throws Exception {
        Path file = TestFiles.random(home.resolve(server.name() + "-1KiB.bin"), 1024, 21);
        Path back = home.resolve(server.name() + "-back.bin");
        Map<String, String> env = server.cliEnvironment();
        try (Aws aws = server.session();
                ScratchBucket scratch = ScratchBucket.create(aws.client(S3Recipes.S3), "release")) {
            List<String> object = List.of(
                    "--endpoint-url", server.endpoint().toString(), "--bucket", scratch.name(), "--key", "r/1KiB.bin");

            Launcher.Finished up = aws(env, concat("upload", object, file.toString()));
            Launcher.Finished down = aws(env, concat("download", object, back.toString()));

            assertThat(up.exitCode()).as(up.err()).isZero();
            assertThat(down.exitCode()).as(down.err()).isZero();
            assertThat(back).hasSameBinaryContentAs(file);
        }
    }

    private static String[] concat(String command, List<String> object, String file) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(object);
        args.add(file);
        return args.toArray(String[]::new);
    }
}
