package dev.awsrecipes.cli.ec2;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The terminal the command line runs on, driven with {@code stty} on {@code /dev/tty}: no native code and
 * no terminal library, since reading the size, switching to raw mode and switching back are all an
 * interactive shell needs. Every failure leaves the terminal as it was and is reported as absent.
 */
final class LocalTerminal {
    private static final File TTY = new File("/dev/tty");

    private String saved;

    /** Columns and rows. */
    record Size(int columns, int rows) {}

    /** The size {@code stty size} reports, unless it reports none (0 0 on a terminal that never set one). */
    Optional<Size> size() {
        return stty("size").flatMap(LocalTerminal::parseSize);
    }

    static Optional<Size> parseSize(String sttySize) {
        String[] parts = sttySize.strip().split("\\s+");
        try {
            if (parts.length == 2) {
                int rows = Integer.parseInt(parts[0]);
                int columns = Integer.parseInt(parts[1]);
                if (rows > 0 && columns > 0) {
                    return Optional.of(new Size(columns, rows));
                }
            }
        } catch (NumberFormatException e) {
            // Not a size: treated as none.
        }
        return Optional.empty();
    }

    /**
     * Raw mode without echo, as OpenSSH's client sets it: every key, Ctrl-C and Ctrl-Z included, reaches
     * the remote terminal as a byte instead of signalling this process. Saves the current settings first.
     *
     * @return false when the terminal could not be switched (it is then unchanged)
     */
    synchronized boolean raw() {
        Optional<String> settings = stty("-g");
        if (settings.isEmpty()) {
            return false;
        }
        saved = settings.get().strip();
        return stty("raw", "-echo").isPresent();
    }

    /** Puts back the settings {@link #raw()} saved; does nothing when there are none (or they were put back). */
    synchronized void restore() {
        if (saved != null) {
            stty(saved);
            saved = null;
        }
    }

    private static Optional<String> stty(String... args) {
        if (!TTY.exists()) {
            return Optional.empty();
        }
        List<String> command = new java.util.ArrayList<>(List.of("stty"));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command)
                    .redirectInput(TTY)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return process.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
