package dev.awsrecipes.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's rule for this module, checked on the compiled classes: no public API type depends on a
 * class in {@code dev.awsrecipes.s3.internal} except the facades, whose factory methods make the
 * implementations; and every public class under {@code internal} carries {@code @InternalApi}. A class
 * file names every class it uses in its constant pool, and {@code @InternalApi} (kept in class files only)
 * appears there as its descriptor, so reading the bytes is enough.
 */
class InternalIsInternalTest {
    private static final String INTERNAL = "dev/awsrecipes/s3/internal/";
    private static final Set<String> FACADES =
            Set.of("S3Recipes", "S3Recipes$Builder", "S3Transfers", "S3Transfers$Builder");

    @Test
    void apiTypes_dependOnNoInternalClass_butTheFacadesFactories() throws Exception {
        List<String> offenders;
        try (Stream<Path> files = Files.list(classes().resolve("dev/awsrecipes/s3"))) {
            offenders = files.filter(f -> f.toString().endsWith(".class"))
                    .filter(f -> !FACADES.contains(simpleName(f)))
                    .filter(f -> bytesOf(f).contains(INTERNAL))
                    .map(InternalIsInternalTest::simpleName)
                    .toList();
        }

        assertThat(offenders).isEmpty();
        assertThat(bytesOf(classes().resolve("dev/awsrecipes/s3/S3Recipes.class")))
                .as("the check sees a dependency where there is one")
                .contains(INTERNAL);
    }

    @Test
    void publicInternalClasses_areMarkedInternalApi() throws Exception {
        List<String> unmarked;
        try (Stream<Path> files = Files.list(classes().resolve(INTERNAL))) {
            unmarked = files.filter(f ->
                            f.toString().endsWith(".class") && !simpleName(f).contains("$"))
                    .filter(f -> isPublic("dev.awsrecipes.s3.internal." + simpleName(f)))
                    .filter(f -> !bytesOf(f).contains("Ldev/awsrecipes/core/InternalApi;"))
                    .map(InternalIsInternalTest::simpleName)
                    .toList();
        }

        assertThat(unmarked).isEmpty();
    }

    private static Path classes() throws URISyntaxException {
        return Path.of(S3Recipes.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    }

    private static String simpleName(Path classFile) {
        String name = classFile.getFileName().toString();
        return name.substring(0, name.length() - ".class".length());
    }

    private static String bytesOf(Path classFile) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean isPublic(String className) {
        try {
            return Modifier.isPublic(Class.forName(className, false, InternalIsInternalTest.class.getClassLoader())
                    .getModifiers());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
