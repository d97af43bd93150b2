package dev.awsrecipes.monitoring.internal;

import dev.awsrecipes.core.AwsErrors;
import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.CreateIfMissing;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.monitoring.RestrictedUser;
import dev.awsrecipes.monitoring.RestrictedUserSpec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.policybuilder.iam.IamConditionOperator;
import software.amazon.awssdk.policybuilder.iam.IamEffect;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;
import software.amazon.awssdk.policybuilder.iam.IamResource;
import software.amazon.awssdk.policybuilder.iam.IamStatement;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.User;

/** M6: a user that may only put metric data, and its one-time access key in an owner-only file. */
final class RestrictedUsers {
    /** The only action the user is allowed. */
    static final String PUT_METRIC_DATA = "cloudwatch:PutMetricData";

    private static final Logger LOG = LoggerFactory.getLogger(RestrictedUsers.class);
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private final Supplier<IamClient> iam;

    RestrictedUsers(Supplier<IamClient> iam) {
        this.iam = iam;
    }

    /** The user's inline policy, made with the SDK's policy builder rather than by hand-written JSON. */
    static IamPolicy policy(Optional<String> namespace) {
        IamStatement.Builder statement = IamStatement.builder()
                .sid("PutMetricDataOnly")
                .effect(IamEffect.ALLOW)
                .addAction(PUT_METRIC_DATA)
                // PutMetricData has no resource-level permissions: "*" is the only resource it accepts.
                .addResource(IamResource.ALL);
        namespace.ifPresent(
                ns -> statement.addCondition(IamConditionOperator.STRING_EQUALS, "cloudwatch:namespace", ns));
        return IamPolicy.builder()
                .version("2012-10-17")
                .addStatement(statement.build())
                .build();
    }

    RestrictedUser create(RestrictedUserSpec spec) {
        Check.notNull(spec, "spec");
        spec.credentialsFile().ifPresent(RestrictedUsers::checkWritable);
        IamClient iam = this.iam.get();
        CreateIfMissing.Outcome<User> user = CreateIfMissing.getOrCreate(
                () -> find(spec.userName()),
                () -> iam.createUser(r -> r.userName(spec.userName())).user());
        String document = policy(spec.namespace()).toJson();
        iam.putUserPolicy(
                r -> r.userName(spec.userName()).policyName(spec.policyName()).policyDocument(document));
        AccessKey key = iam.createAccessKey(r -> r.userName(spec.userName())).accessKey();
        // The secret is never logged; the key id is safe to show.
        LOG.info(
                "user {} (created: {}) may only {}; new access key {}",
                spec.userName(),
                user.created(),
                PUT_METRIC_DATA,
                key.accessKeyId());
        if (spec.credentialsFile().isPresent()) {
            writeOrRevoke(iam, spec, key);
        }
        return new RestrictedUser(
                spec.userName(),
                user.value().arn(),
                user.created(),
                key.accessKeyId(),
                key.secretAccessKey(),
                spec.policyName(),
                document,
                spec.credentialsFile());
    }

    private Optional<User> find(String userName) {
        try {
            return Optional.of(iam.get().getUser(r -> r.userName(userName)).user());
        } catch (RuntimeException e) {
            if (AwsErrors.isNotFound(e) || AwsErrors.hasCode(e, "NoSuchEntity")) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Refuses, before any call, a file that exists or a place where owner-only files cannot be made. */
    static void checkWritable(Path file) {
        Path absolute = file.toAbsolutePath();
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new InvalidArgumentException(
                    "credentialsFile", "credentialsFile " + file + " exists already; it is never overwritten");
        }
        Path dir = absolute.getParent();
        Check.that(dir != null && Files.isDirectory(dir), "credentialsFile", "directory " + dir + " does not exist");
        try {
            Check.that(
                    Files.getFileStore(dir).supportsFileAttributeView("posix"),
                    "credentialsFile",
                    "is on a file system without POSIX permissions, so it cannot be made owner-only");
        } catch (IOException e) {
            throw new AwsRecipesException("cannot inspect the file system of " + dir, e);
        }
    }

    private static void writeOrRevoke(IamClient iam, RestrictedUserSpec spec, AccessKey key) {
        Path file = spec.credentialsFile().orElseThrow();
        try {
            write(file, spec.profileName(), key);
        } catch (IOException | RuntimeException e) {
            // A key whose secret was never stored is useless and a risk: take it back.
            iam.deleteAccessKey(r -> r.userName(spec.userName()).accessKeyId(key.accessKeyId()));
            throw new AwsRecipesException(
                    "could not write credentials file " + file + "; access key " + key.accessKeyId() + " of user "
                            + spec.userName() + " was deleted again",
                    e);
        }
    }

    /** Creates the file owner-only in the same step (CREATE_NEW: an existing file is never touched). */
    static void write(Path file, String profileName, AccessKey key) throws IOException {
        String content = "[" + profileName + "]\n"
                + "aws_access_key_id = " + key.accessKeyId() + "\n"
                + "aws_secret_access_key = " + key.secretAccessKey() + "\n";
        boolean created = false;
        try (SeekableByteChannel channel = Files.newByteChannel(
                file,
                EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(OWNER_ONLY))) {
            created = true;
            ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException | RuntimeException e) {
            if (created) {
                Files.deleteIfExists(file);
            }
            throw e;
        }
        // The umask can only take bits away, but say exactly what we mean.
        Files.setPosixFilePermissions(file, OWNER_ONLY);
    }

    void delete(String userName) {
        Check.notBlank(userName, "userName");
        if (find(userName).isEmpty()) {
            return;
        }
        IamClient iam = this.iam.get();
        iam.listAccessKeysPaginator(r -> r.userName(userName))
                .accessKeyMetadata()
                .forEach(k -> iam.deleteAccessKey(r -> r.userName(userName).accessKeyId(k.accessKeyId())));
        iam.listUserPoliciesPaginator(r -> r.userName(userName))
                .policyNames()
                .forEach(p -> iam.deleteUserPolicy(r -> r.userName(userName).policyName(p)));
        iam.deleteUser(r -> r.userName(userName));
        LOG.info("deleted user {} with its access keys and inline policies", userName);
    }
}
