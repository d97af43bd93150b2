package dev.awsrecipes.core.internal;

import dev.awsrecipes.core.SsoLoginRequiredException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The session's credential sources in order, each with a name a person understands ("environment
 * variables AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY", "profile dev (IAM Identity Center)"). Like the
 * SDK's own chain it takes the first source that yields credentials and then sticks to it; unlike it,
 * it can say which source that was, so a user never has to guess which account a call went to.
 */
final class CredentialsChain implements AwsCredentialsProvider, SdkAutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CredentialsChain.class);

    /** One place credentials may come from. */
    record Source(String description, AwsCredentialsProvider provider) {}

    private final List<Source> sources;
    private final boolean single;
    private volatile Source chosen;

    private CredentialsChain(List<Source> sources, boolean single) {
        this.sources = List.copyOf(sources);
        this.single = single;
    }

    /** One source the caller chose: its failure is reported as it is. */
    static CredentialsChain only(Source source) {
        return new CredentialsChain(List.of(source), true);
    }

    /** The first of these sources that yields credentials, like the SDK's default chain. */
    static CredentialsChain firstOf(List<Source> sources) {
        return new CredentialsChain(sources, false);
    }

    @Override
    public AwsCredentials resolveCredentials() {
        Source last = chosen;
        if (last != null) {
            return last.provider().resolveCredentials();
        }
        List<String> tried = new ArrayList<>();
        for (Source source : sources) {
            try {
                AwsCredentials credentials = source.provider().resolveCredentials();
                chosen = source;
                LOG.debug("credentials from {}", source.description());
                return credentials;
            } catch (SsoLoginRequiredException e) {
                throw e;
            } catch (RuntimeException e) {
                String reason = oneLine(e.getMessage());
                if (single) {
                    throw SdkClientException.create(
                            "cannot load credentials from " + source.description() + ": " + reason, e);
                }
                LOG.debug("no credentials from {}: {}", source.description(), reason);
                // A profile that is there but broken says why; the other sources are simply absent.
                tried.add(
                        source.description().startsWith("profile ")
                                ? source.description() + " (" + reason + ")"
                                : source.description());
            }
        }
        throw SdkClientException.create("no credentials found (tried " + String.join("; ", tried)
                + "): name a profile with --profile or AWS_PROFILE, or set AWS_ACCESS_KEY_ID and"
                + " AWS_SECRET_ACCESS_KEY");
    }

    private static String oneLine(String message) {
        return message == null
                ? "no message"
                : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** Where the credentials come from, resolving them first if no call has yet. */
    String source() {
        resolveCredentials();
        return chosen.description();
    }

    @Override
    public void close() {
        for (Source source : sources) {
            if (source.provider() instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    LOG.warn("closing credentials of {} failed: {}", source.description(), e.toString());
                }
            }
        }
    }

    @Override
    public String toString() {
        Source last = chosen;
        return "CredentialsChain[" + (last == null ? sources.size() + " sources" : last.description()) + "]";
    }
}
