package dev.awsrecipes.cli.s3;

/**
 * While a transfer runs, a JVM shutdown hook (Ctrl-C, kill) that says what is left and the command that
 * resumes it; closed when the transfer ends, so a finished transfer says nothing.
 */
final class InterruptNotice implements AutoCloseable {
    private final Thread hook;

    /** Registers {@code notice} to run if the process ends before {@link #close()}. */
    InterruptNotice(Runnable notice) {
        hook = new Thread(notice, "aws-recipes-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is exiting (Ctrl-C): the hook runs and says what is left.
        }
    }
}
