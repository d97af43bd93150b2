package dev.awsrecipes.ssh.internal;

import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.Check;
import dev.awsrecipes.ssh.RemoteShell;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.IntSupplier;
import net.schmizz.sshj.connection.channel.direct.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A login shell on a pseudo-terminal, over one sshj session channel. */
final class SshjShell implements RemoteShell {
    private static final Logger LOG = LoggerFactory.getLogger(SshjShell.class);

    private final Session session;
    private final Session.Shell shell;
    private final FutureTask<Void> out;
    private final FutureTask<Void> err;
    private final String where;
    private final IntSupplier exitStatus;

    SshjShell(
            Session session,
            Session.Shell shell,
            FutureTask<Void> out,
            FutureTask<Void> err,
            String where,
            IntSupplier exitStatus) {
        this.session = session;
        this.shell = shell;
        this.out = out;
        this.err = err;
        this.where = where;
        this.exitStatus = exitStatus;
    }

    @Override
    public void resize(int columns, int rows) {
        Check.inRange(columns, 1, 10_000, "columns");
        Check.inRange(rows, 1, 10_000, "rows");
        if (!shell.isOpen()) {
            return;
        }
        try {
            shell.changeWindowDimensions(columns, rows, 0, 0);
        } catch (IOException e) {
            // The shell ended between the check and the request: nothing is left to resize.
            LOG.debug("resizing the shell on {} failed", where, e);
        }
    }

    @Override
    public int waitFor() {
        try {
            out.get();
            err.get();
            shell.join();
            return exitStatus.getAsInt();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
            throw new AwsRecipesException("the shell on " + where + " failed: " + SshConnector.message(cause), cause);
        } catch (IOException e) {
            throw new AwsRecipesException("the shell on " + where + " failed: " + SshConnector.message(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AwsRecipesException("interrupted while the shell ran on " + where, e);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (IOException e) {
            LOG.debug("closing the shell on {} failed", where, e);
        }
    }
}
