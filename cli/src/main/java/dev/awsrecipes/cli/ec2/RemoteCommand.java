package dev.awsrecipes.cli.ec2;

import dev.awsrecipes.ssh.SshSession;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The command line sent to the remote shell. OpenSSH's client joins its arguments with spaces, so
 * {@code ssh host sh -c 'exit 3'} runs {@code sh -c exit 3} and exits 0; here one argument is a command
 * line as written, and several are quoted word by word so each arrives as given.
 */
final class RemoteCommand {
    private RemoteCommand() {}

    static String line(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return words.stream().map(RemoteCommand::quote).collect(Collectors.joining(" "));
    }

    /**
     * Runs the command line on the session with this stdin, its stdout and stderr decoded onto the two
     * writers as they come, and returns its exit status.
     */
    static int runStreaming(SshSession session, String line, InputStream stdin, PrintWriter out, PrintWriter err) {
        try (TextOutputStream stdout = new TextOutputStream(out);
                TextOutputStream stderr = new TextOutputStream(err)) {
            return session.run(line, stdin, stdout, stderr);
        }
    }

    /** POSIX shell single quotes; a word of safe characters stays as it is. */
    static String quote(String word) {
        if (!word.isEmpty() && word.matches("[A-Za-z0-9_./:=@%+,-]+")) {
            return word;
        }
        return "'" + word.replace("'", "'\"'\"'") + "'";
    }
}
