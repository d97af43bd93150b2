package dev.awsrecipes.ssh;

/**
 * What a command run over SSH returned, its output captured up to the session's capture limit.
 *
 * @param command the command line as sent
 * @param exitStatus the remote exit status; for a command killed by a signal, 128 plus the signal's
 *     number as a shell reports it (255 when the signal is not a standard one)
 * @param exitSignal the signal that ended the command ({@code TERM}, {@code KILL}); null when it exited
 * @param stdout standard output, decoded as UTF-8, at most the capture limit
 * @param stderr standard error, likewise
 * @param stdoutTruncated true when there was more standard output than the limit (the rest was read and
 *     dropped, so the command was never blocked)
 * @param stderrTruncated likewise for standard error
 */
public record CommandResult(
        String command,
        int exitStatus,
        String exitSignal,
        String stdout,
        String stderr,
        boolean stdoutTruncated,
        boolean stderrTruncated) {

    /** True when the command exited with status 0. */
    public boolean succeeded() {
        return exitStatus == 0 && exitSignal == null;
    }
}
