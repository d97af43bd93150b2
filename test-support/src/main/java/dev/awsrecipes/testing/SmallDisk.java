package dev.awsrecipes.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A file system that fills up: a tmpfs of a few MiB, so that writing past its size fails with the
 * kernel's own "No space left on device" (ENOSPC), as a full disk does. Mounting needs no root: it is
 * mounted in a mount namespace of its own made by {@code unshare --user --map-root-user --mount} (an
 * unprivileged user namespace, which Linux allows by default), held open by a process that waits there,
 * and reached from this process through that process's root, {@code /proc/PID/root}. Closing ends the
 * process, which unmounts it and frees its memory. Where {@code unshare} or user namespaces are missing,
 * creating one fails with the reason (the test fails; it never skips).
 */
public final class SmallDisk implements AutoCloseable {
    private final Process holder;
    private final Path root;

    private SmallDisk(Process holder, Path root) {
        this.holder = holder;
        this.root = root;
    }

    /**
     * A tmpfs of {@code bytes} (rounded up to pages by the kernel) mounted over {@code mountPoint}, an
     * existing empty directory, in a namespace of its own.
     */
    public static SmallDisk of(Path mountPoint, long bytes) throws IOException {
        Path absolute = mountPoint.toAbsolutePath();
        Process holder = new ProcessBuilder(
                        "unshare",
                        "--user",
                        "--map-root-user",
                        "--mount",
                        "sh",
                        "-c",
                        "mount -t tmpfs -o size=\"$1\" aws-recipes-small-disk \"$0\" && echo mounted && exec sleep 3600",
                        absolute.toString(),
                        Long.toString(bytes))
                .redirectErrorStream(true)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!"mounted".equals(line)) {
            holder.destroyForcibly();
            throw new IllegalStateException("cannot mount a small tmpfs over " + absolute
                    + " with unshare --user --map-root-user --mount (needs util-linux and unprivileged user"
                    + " namespaces, kernel.unprivileged_userns_clone=1): " + line);
        }
        Path root = Path.of("/proc", Long.toString(holder.pid()), "root")
                .resolve(absolute.toString().substring(1));
        if (!Files.isDirectory(root)) {
            holder.destroyForcibly();
            throw new IllegalStateException("the small tmpfs is mounted but " + root + " cannot be reached");
        }
        return new SmallDisk(holder, root);
    }

    /** The file system's top directory, as this process reaches it. */
    public Path root() {
        return root;
    }

    @Override
    public void close() {
        holder.destroy();
        try {
            if (!holder.waitFor(10, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            holder.destroyForcibly();
        }
    }

    /** Bytes free on the file system. */
    public long freeBytes() {
        try {
            return Files.getFileStore(root).getUsableSpace();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
