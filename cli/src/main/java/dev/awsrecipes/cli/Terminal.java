package dev.awsrecipes.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether stderr is a terminal. Java has no isatty for stderr ({@code System.console()} looks at stdin
 * and stdout), so the launcher tells ({@code -Daws-recipes.stderr.tty=true|false}, from the shell's
 * {@code [ -t 2 ]}); without it, Linux's {@code /proc/self/fd/2} shows where stderr goes.
 */
final class Terminal {
    /** Set by bin/aws-recipes from {@code [ -t 2 ]}. */
    static final String STDERR_TTY_PROPERTY = "aws-recipes.stderr.tty";

    private Terminal() {}

    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        String told = System.getProperty(STDERR_TTY_PROPERTY);
        if (told != null) {
            return Boolean.parseBoolean(told);
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
