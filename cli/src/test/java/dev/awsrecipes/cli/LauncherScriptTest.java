package dev.awsrecipes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What bin/aws-recipes gives the JVM, seen by a fake java (a shell script in a fake JDK that writes down
 * its arguments, and writes the archive a training run is asked for): which java, which jar, which start-up
 * archive for which JDK, which JIT for which transfer. No JVM is started and no server is needed.
 */
class LauncherScriptTest {
    private static final String FAKE_JAVA =
            """
            #!/bin/sh
            printf '%s\\n' "$*" >> "$(dirname "$0")/../calls.log"
            for arg in "$@"; do
              case "$arg" in
                -XX:AOTCacheOutput=* | -XX:ArchiveClassesAtExit=*) echo archive > "${arg#*=}" ;;
              esac
            done
            """;

    @TempDir
    Path home;

    private Path link;
    private Path jar;

    /** An installed release (bin/, lib/) and the user's link to it: ~/bin/aws-recipes -> ../app/bin/aws-recipes. */
    @BeforeEach
    void install() throws IOException {
        Path app = home.resolve("app");
        Path script = Files.createDirectories(app.resolve("bin")).resolve("aws-recipes");
        Files.copy(Launcher.script(), script);
        jar = Files.writeString(Files.createDirectories(app.resolve("lib")).resolve("aws-recipes.jar"), "jar");
        Files.writeString(app.resolve("lib/aws-recipes-jit.json"), "[]");
        link = Files.createDirectories(home.resolve("bin")).resolve("aws-recipes");
        Files.createSymbolicLink(link, Path.of("../app/bin/aws-recipes"));
    }

    /** A JDK whose java writes down how it was called; its release file says which version it is. */
    private Path jdk(String name, String version) throws IOException {
        Path jdk = home.resolve(name);
        Path java = Files.createDirectories(jdk.resolve("bin")).resolve("java");
        Files.writeString(java, FAKE_JAVA);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(
                jdk.resolve("release"),
                "JAVA_RUNTIME_VERSION=\"" + version + "+1\"\nJAVA_VERSION=\"" + version + "\"\n");
        return jdk;
    }

    private Launcher.Finished run(Path javaHome, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(link.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("AWS_") || k.startsWith("XDG_"));
        env.put("HOME", home.toString());
        if (javaHome == null) {
            env.remove("JAVA_HOME");
        } else {
            env.put("JAVA_HOME", javaHome.toString());
        }
        return Launcher.run(builder, home);
    }

    /** Every call of that JDK's java so far, waiting a little for the one a run starts in the background. */
    private static List<String> calls(Path jdk, int atLeast) throws Exception {
        Path log = jdk.resolve("calls.log");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)
                && (!Files.exists(log) || Files.readAllLines(log).size() < atLeast)) {
            Thread.sleep(50);
        }
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    private List<Path> cache() throws Exception {
        Path startup = home.resolve(".cache/aws-recipes/startup");
        // The background training is over when its lock is gone.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)
                && Files.isDirectory(startup)
                && list(startup).stream().anyMatch(f -> f.toString().endsWith(".lock"))) {
            Thread.sleep(50);
        }
        return Files.isDirectory(startup) ? list(startup) : List.of();
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    /** The JVM runs of a JDK's java so far (its training runs left out). */
    private static List<String> runs(Path jdk, int atLeast) throws Exception {
        return calls(jdk, atLeast).stream()
                .filter(c -> !c.contains("StartupTraining"))
                .toList();
    }

    /** The training runs of a JDK's java so far. */
    private static List<String> trainings(Path jdk) throws Exception {
        return calls(jdk, 0).stream().filter(c -> c.contains("StartupTraining")).toList();
    }

    /** No training left running in the background when the home goes. */
    @AfterEach
    void trainingsOver() throws Exception {
        cache();
    }

    @Test
    void javaHome_throughALink_runsThatJava_withTheJarTheScriptIsNextTo() throws Exception {
        Path jdk = jdk("jdk17", "17.0.15");

        Launcher.Finished run = run(jdk, "--version");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(runs(jdk, 1).get(0))
                .contains("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")
                .endsWith("-jar " + jar.toRealPath() + " --version");
        calls(jdk, 2);
    }

    @Test
    void theFirstRunOfEachJdk_trainsItsOwnArchive_andOnlyThatJdkUsesIt() throws Exception {
        Path jdk17 = jdk("jdk17", "17.0.15");
        Path jdk25 = jdk("jdk25", "25.0.3");

        run(jdk17, "--version");
        calls(jdk17, 2); // the run and the training it started
        Path jsa = cache().stream()
                .filter(f -> f.toString().endsWith(".jsa"))
                .findFirst()
                .orElseThrow();
        run(jdk17, "--version");
        run(jdk25, "--version");
        calls(jdk25, 2);
        Path aot = cache().stream()
                .filter(f -> f.toString().endsWith(".aot"))
                .findFirst()
                .orElseThrow();
        run(jdk25, "--version");

        assertThat(trainings(jdk17))
                .singleElement()
                .asString()
                .contains("-XX:ArchiveClassesAtExit=")
                .doesNotContain("AOTCacheOutput");
        assertThat(runs(jdk17, 3))
                .satisfiesExactly(
                        first -> assertThat(first).doesNotContain("SharedArchiveFile", "AOTCache"),
                        second -> assertThat(second)
                                .contains("-XX:SharedArchiveFile=" + jsa)
                                .doesNotContain("AOTCache"));
        assertThat(trainings(jdk25)).singleElement().asString().contains("-XX:AOTCacheOutput=");
        assertThat(runs(jdk25, 3))
                .satisfiesExactly(
                        first -> assertThat(first).doesNotContain("SharedArchiveFile", "AOTCache"),
                        second -> assertThat(second)
                                .contains("-XX:AOTCache=" + aot)
                                .doesNotContain(".jsa"));
        assertThat(cache()).containsExactlyInAnyOrder(jsa, aot);
    }

    @Test
    void transfers_getC2ForCiphersOnly_whenTheyMayBeLargeAndUseTls() throws Exception {
        Path jdk = jdk("jdk17", "17.0.15");
        Path small = Files.writeString(home.resolve("small.bin"), "x");
        Path large = home.resolve("large.bin");
        try (RandomAccessFile sparse = new RandomAccessFile(large.toFile(), "rw")) {
            sparse.setLength(40L * 1024 * 1024);
        }
        String https = "--endpoint-url=https://s3.example";
        String http = "http://127.0.0.1:7070";

        run(jdk, "upload", https, "--bucket", "b", "--key", "k", small.toString());
        run(jdk, "upload", https, "--bucket", "b", "--key", "k", large.toString());
        run(jdk, "put-object", "--bucket", "b", "--key", "k", "--file=" + large);
        run(jdk, "upload", "--endpoint-url", http, "--bucket", "b", "--key", "k", large.toString());
        run(jdk, "download", "--bucket", "b", "--key", "k", "out.bin");
        run(jdk, "get-object", "--endpoint-url", http, "--bucket", "b", "--key", "k");
        run(jdk, "list-buckets");
        List<String> runs = runs(jdk, 8);

        String c1 = "-XX:TieredStopAtLevel=1";
        String ciphers = "-XX:CompilerDirectivesFile=" + jar.toRealPath().resolveSibling("aws-recipes-jit.json");
        assertThat(runs).hasSize(7);
        assertThat(runs.get(0)).as("a small upload").contains(c1).doesNotContain(ciphers);
        assertThat(runs.get(1))
                .as("a large upload over HTTPS")
                .contains(ciphers, "-XX:-DisplayVMOutput")
                .doesNotContain(c1);
        assertThat(runs.get(2))
                .as("a large put-object, AWS's HTTPS")
                .contains(ciphers)
                .doesNotContain(c1);
        assertThat(runs.get(3)).as("a large upload over HTTP").contains(c1).doesNotContain(ciphers);
        assertThat(runs.get(4)).as("a download of unknown size over HTTPS").contains(ciphers);
        assertThat(runs.get(5)).as("a get-object over HTTP").contains(c1);
        assertThat(runs.get(6)).as("no transfer").contains(c1);
    }

    @Test
    void noUsableJava_isOneLineSayingWhatToSet() throws Exception {
        Launcher.Finished noJava = run(home.resolve("nowhere"), "--version");
        Launcher.Finished tooOld = run(jdk("jdk11", "11.0.2"), "--version");

        assertThat(noJava.exitCode()).isEqualTo(2);
        assertThat(noJava.err()).contains("JAVA_HOME is " + home.resolve("nowhere"), "has no bin/java");
        assertThat(tooOld.exitCode()).isEqualTo(2);
        assertThat(tooOld.err()).contains("is Java 11.0.2", "needs Java 17 or newer");
        assertThat(calls(home.resolve("jdk11"), 0)).isEmpty();
    }
}
