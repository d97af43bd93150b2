package dev.awsrecipes.ssh.internal;

import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ssh.HostKeyRejectedException;
import dev.awsrecipes.ssh.HostKeySource;
import dev.awsrecipes.ssh.SshAddress;
import dev.awsrecipes.ssh.SshSession;
import dev.awsrecipes.ssh.SshSpec;
import dev.awsrecipes.ssh.VerifiedHostKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.schmizz.sshj.DefaultConfig;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.transport.verification.HostKeyVerifier;
import net.schmizz.sshj.userauth.UserAuthException;
import net.schmizz.sshj.userauth.keyprovider.KeyProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;

/**
 * E15: finds the address, waits until SSH answers, settles what vouches for the host key, connects with
 * that check, and logs in with the key file. Everything that can be checked locally (the key file, a
 * given known_hosts file) is checked before any network call.
 */
record SshConnector(Ec2Client ec2, Ec2Recipes recipes, Duration defaultWait) {
    private static final Logger LOG = LoggerFactory.getLogger(SshConnector.class);
    private static final int CONNECT_TIMEOUT_MILLIS = 15_000;

    public SshSession connect(SshSpec spec) {
        SSHClient client = new SSHClient(new DefaultConfig());
        try {
            KeyProvider key = loadKey(client, spec.keyFile());
            KnownHostsFile knownHosts =
                    KnownHostsFile.load(spec.knownHosts(), Path.of(System.getProperty("user.home")));
            String host = spec.host().orElseGet(() -> address(spec));
            String hostPort = host + ":" + spec.port();
            Duration timeout = spec.waitTimeout().orElse(defaultWait);
            SshProbe.awaitBanner(host, spec.port(), timeout, spec.listener());

            HostKeyTrust trust = new HostKeyEvidence(recipes, spec, knownHosts).trustFor(host);
            Verifier verifier = new Verifier(trust, hostPort);
            client.addHostKeyVerifier(verifier);
            client.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
            try {
                client.connect(host, spec.port());
            } catch (IOException e) {
                if (verifier.rejected != null) {
                    throw verifier.rejected;
                }
                throw new AwsRecipesException("ssh to " + hostPort + " failed: " + message(e), e);
            }
            login(client, spec, key, hostPort);
            LOG.info(
                    "logged in to {}@{} ({} {} vouched for by {})",
                    spec.user(),
                    hostPort,
                    verifier.accepted.keyType(),
                    verifier.accepted.fingerprint(),
                    verifier.accepted.detail());
            return new SshjSession(client, spec, host, verifier.accepted);
        } catch (RuntimeException e) {
            closeQuietly(client);
            throw e;
        }
    }

    private static KeyProvider loadKey(SSHClient client, Path keyFile) {
        if (!Files.isRegularFile(keyFile) || !Files.isReadable(keyFile)) {
            throw new InvalidArgumentException("keyFile", "keyFile " + keyFile + " is not a readable file");
        }
        try {
            KeyProvider key = client.loadKeys(keyFile.toString());
            key.getPrivate(); // parses now: a bad file is bad input, found before any connection
            return key;
        } catch (IOException | RuntimeException e) {
            throw new InvalidArgumentException(
                    "keyFile",
                    "keyFile " + keyFile + " is not an unencrypted private key (PEM or OpenSSH): " + message(e));
        }
    }

    private void login(SSHClient client, SshSpec spec, KeyProvider key, String hostPort) {
        try {
            client.authPublickey(spec.user(), key);
        } catch (UserAuthException e) {
            throw new AwsRecipesException(
                    "ssh: " + spec.user() + "@" + hostPort + " did not accept the key in " + spec.keyFile()
                            + " (wrong user or key?)",
                    e);
        } catch (IOException e) {
            throw new AwsRecipesException("ssh to " + hostPort + " failed while logging in: " + message(e), e);
        }
    }

    /** The instance's address of the kind asked for, or the first it has of public DNS, public IP, private IP. */
    private String address(SshSpec spec) {
        String instanceId = spec.instanceId().orElseThrow();
        // EC2's own InvalidInstanceID.NotFound reaches the caller unchanged.
        Instance instance = ec2.describeInstances(r -> r.instanceIds(instanceId)).reservations().stream()
                .flatMap(r -> r.instances().stream())
                .filter(i -> instanceId.equals(i.instanceId()))
                .findFirst()
                .orElseThrow(() -> new AwsRecipesException("instance " + instanceId + " was not found"));
        return addressOf(instance, spec.address())
                .orElseThrow(() -> new AwsRecipesException("instance " + instanceId + " has no "
                        + spec.address()
                                .map(a -> a.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                                .orElse("address")
                        + " (state " + instance.state().nameAsString() + ")"));
    }

    static Optional<String> addressOf(Instance instance, Optional<SshAddress> choice) {
        List<SshAddress> order = choice.map(List::of)
                .orElse(List.of(SshAddress.PUBLIC_DNS, SshAddress.PUBLIC_IP, SshAddress.PRIVATE_IP));
        for (SshAddress kind : order) {
            String value =
                    switch (kind) {
                        case PUBLIC_DNS -> instance.publicDnsName();
                        case PUBLIC_IP -> instance.publicIpAddress();
                        case PRIVATE_IP -> instance.privateIpAddress();
                    };
            if (value != null && !value.isBlank()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static void closeQuietly(SSHClient client) {
        try {
            client.close();
        } catch (IOException e) {
            LOG.debug("closing an unused SSH client failed", e);
        }
    }

    /** Hands the presented key to the trust decision, and asks the server for a key type that can be checked. */
    private static final class Verifier implements HostKeyVerifier {
        private final HostKeyTrust trust;
        private final String hostPort;
        private volatile VerifiedHostKey accepted;
        private volatile HostKeyRejectedException rejected;

        Verifier(HostKeyTrust trust, String hostPort) {
            this.trust = trust;
            this.hostPort = hostPort;
        }

        @Override
        public boolean verify(String hostname, int port, java.security.PublicKey key) {
            byte[] blob = new Buffer.PlainBuffer().putPublicKey(key).getCompactData();
            try {
                accepted = trust.decide(hostPort, blob);
                if (accepted.source() == HostKeySource.ACCEPTED_UNKNOWN) {
                    LOG.warn(
                            "accepted the unverified host key {} {} of {}, as asked",
                            accepted.keyType(),
                            accepted.fingerprint(),
                            hostPort);
                }
                return true;
            } catch (HostKeyRejectedException e) {
                rejected = e;
                return false;
            }
        }

        @Override
        public List<String> findExistingAlgorithms(String hostname, int port) {
            return trust.preferredAlgorithms();
        }
    }
}
