package dev.awsrecipes.ssh.internal;

import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ssh.SshHostKeys;
import dev.awsrecipes.ssh.SshSpec;
import dev.awsrecipes.ssh.SshWaitProgress;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles, before connecting, what will vouch for the host key: the caller's keys; else the console
 * output (given as text, or read from EC2); else known_hosts; else, when the console output may still
 * show the fingerprints (they appear a minute or two after boot), the console output read again until
 * it does or the host-key wait ends; else nothing.
 */
record HostKeyEvidence(Ec2Recipes ec2, SshSpec spec, KnownHostsFile knownHosts) {
    private static final Logger LOG = LoggerFactory.getLogger(HostKeyEvidence.class);
    private static final Duration CONSOLE_POLL = Duration.ofSeconds(10);

    HostKeyTrust trustFor(String host) {
        return settle(host).acceptingUnknown(spec.acceptUnknownHostKey());
    }

    private HostKeyTrust settle(String host) {
        if (!spec.trustedHostKeys().isEmpty()) {
            return HostKeyTrust.callerKeys(spec.trustedHostKeys());
        }
        String consoleName = spec.consoleOutput().isPresent()
                ? spec.instanceId()
                        .map(id -> "the console output given for " + id)
                        .orElse("the console output given")
                : spec.instanceId().map(id -> "the console output of " + id).orElse("the console output");
        if (spec.consoleOutput().isPresent()) {
            SshHostKeys given =
                    SshHostKeys.fromConsoleOutput(spec.consoleOutput().get());
            if (!given.isEmpty()) {
                return HostKeyTrust.console(consoleName, given);
            }
        }
        boolean readConsole =
                spec.instanceId().isPresent() && spec.consoleOutput().isEmpty();
        if (readConsole) {
            SshHostKeys announced = readConsole(spec.instanceId().get());
            if (!announced.isEmpty()) {
                return HostKeyTrust.console(consoleName, announced);
            }
        }
        Optional<HostKeyTrust> known = knownHosts.trustFor(host, spec.port());
        if (known.isPresent()) {
            return known.get();
        }
        if (readConsole && !spec.hostKeyWait().isZero()) {
            Optional<SshHostKeys> later = awaitConsole(spec.instanceId().get());
            if (later.isPresent()) {
                return HostKeyTrust.console(consoleName, later.get());
            }
        }
        String console = spec.instanceId().isPresent() || spec.consoleOutput().isPresent()
                ? consoleName + " shows no SSH host key fingerprints"
                        + (readConsole && !spec.hostKeyWait().isZero() ? " (read for " + spec.hostKeyWait() + ")" : "")
                        + " and "
                : "";
        return HostKeyTrust.nothing(
                console + knownHosts.name() + " has no entry for " + KnownHostsFile.entryName(host, spec.port()));
    }

    private SshHostKeys readConsole(String instanceId) {
        return SshHostKeys.fromConsoleOutput(
                ec2.consoleOutput(instanceId, false).text());
    }

    private Optional<SshHostKeys> awaitConsole(String instanceId) {
        long start = System.nanoTime();
        Duration wait = spec.hostKeyWait();
        for (int attempt = 1; ; attempt++) {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            spec.listener()
                    .waiting(new SshWaitProgress(
                            SshWaitProgress.Stage.HOST_KEYS_IN_CONSOLE,
                            instanceId,
                            attempt,
                            elapsed,
                            wait,
                            "no SSH host key fingerprints in the console output yet"));
            if (elapsed.compareTo(wait) >= 0) {
                LOG.info("the console output of {} showed no SSH host keys within {}", instanceId, wait);
                return Optional.empty();
            }
            SshProbe.sleep(SshProbe.min(CONSOLE_POLL, wait.minus(elapsed)));
            SshHostKeys announced = readConsole(instanceId);
            if (!announced.isEmpty()) {
                return Optional.of(announced);
            }
        }
    }
}
