import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * A build step of the command line's jar, run by the cli pom after shading (a single-file program: {@code java
 * -cp asm.jar UpgradeOldClassFiles.java JAR PREFIX...}). It rewrites the class files under the given prefixes
 * whose format is older than Java 6 (picocli and commons-logging are compiled for Java 5 and 1.2) as Java 8
 * class files with stack map frames, computed by ASM; the code itself is left as it is.
 *
 * <p>Why: the JVM's start-up archives (AppCDS, and the ahead-of-time cache of JDK 25) leave such old classes
 * out, so every command parsed picocli's 184 classes again and verified them with the old, slow type-inferring
 * verifier: about 60 ms of CPU per command. Rewritten, they are archived like the rest.
 *
 * <p>Each rewritten class is then loaded and initialised from the new jar by the JVM's own verifier; a class it
 * refuses ({@link VerifyError}), or one whose frames ASM cannot compute, is put back as it was, so the step can
 * make the jar no worse. It prints one line per prefix and nothing else.
 */
public final class UpgradeOldClassFiles {
    private static final int JAVA_6 = 50;

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: UpgradeOldClassFiles JAR PREFIX...");
        }
        Path jar = Path.of(args[0]).toAbsolutePath();
        List<String> prefixes = List.of(args).subList(1, args.length);
        Map<String, byte[]> originals = new TreeMap<>();
        Map<String, byte[]> upgraded = new TreeMap<>();
        try (URLClassLoader frames = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
                FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            for (String prefix : prefixes) {
                Path root = zip.getPath("/" + prefix);
                if (!Files.isDirectory(root)) {
                    throw new IllegalArgumentException(jar + " has no " + prefix);
                }
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                        byte[] bytes = Files.readAllBytes(file);
                        if (majorVersion(bytes) >= JAVA_6) {
                            continue;
                        }
                        try {
                            upgraded.put(file.toString(), upgrade(bytes, frames));
                            originals.put(file.toString(), bytes);
                        } catch (RuntimeException cannot) {
                            System.out.println("left as it was: " + file + " (" + cannot + ")");
                        }
                    }
                }
            }
            for (Map.Entry<String, byte[]> e : upgraded.entrySet()) {
                Files.write(zip.getPath(e.getKey()), e.getValue());
            }
        }
        List<String> refused = refusedByTheVerifier(jar, upgraded.keySet());
        if (!refused.isEmpty()) {
            try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
                for (String name : refused) {
                    Files.write(zip.getPath(name), originals.get(name));
                    System.out.println("put back, the verifier refused it: " + name);
                }
            }
        }
        for (String prefix : prefixes) {
            long count = upgraded.keySet().stream()
                    .filter(n -> n.startsWith("/" + prefix) && !refused.contains(n))
                    .count();
            System.out.println(prefix + ": " + count + " class files rewritten as Java 8 ones");
        }
    }

    private static int majorVersion(byte[] classFile) {
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    private static byte[] upgrade(byte[] bytes, ClassLoader frames) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return frames;
            }
        };
        new ClassReader(bytes)
                .accept(
                        new ClassVisitor(Opcodes.ASM9, writer) {
                            @Override
                            public void visit(
                                    int version, int access, String name, String signature, String parent, String[] interfaces) {
                                super.visit(Opcodes.V1_8, access, name, signature, parent, interfaces);
                            }
                        },
                        ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }

    /** The rewritten classes the JVM will not link: each loaded and initialised in a loader of its own. */
    private static List<String> refusedByTheVerifier(Path jar, Iterable<String> names) throws IOException {
        List<String> refused = new ArrayList<>();
        for (String name : names) {
            String className = name.substring(1, name.length() - ".class".length()).replace('/', '.');
            try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
                Class.forName(className, true, loader);
            } catch (VerifyError | ClassFormatError bad) {
                refused.add(name);
            } catch (ClassNotFoundException | LinkageError | RuntimeException elsewhere) {
                // Not about its frames: a class it needs is absent (log4j for commons-logging's Log4JLogger) or
                // its initialiser fails outside the CLI; the verifier only runs once linking gets that far.
            }
        }
        return refused;
    }
}
