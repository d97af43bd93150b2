package dev.awsrecipes.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.InvalidArgumentException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.policybuilder.iam.IamEffect;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;
import software.amazon.awssdk.services.iam.model.AccessKey;

class RestrictedUsersTest {

    @Test
    void policy_allowsOnlyPutMetricDataOnEverything() {
        IamPolicy policy =
                IamPolicy.fromJson(RestrictedUsers.policy(Optional.empty()).toJson());

        assertThat(policy.version()).isEqualTo("2012-10-17");
        assertThat(policy.statements()).singleElement().satisfies(s -> {
            assertThat(s.effect()).isEqualTo(IamEffect.ALLOW);
            assertThat(s.actions()).extracting(a -> a.value()).containsExactly("cloudwatch:PutMetricData");
            assertThat(s.resources()).extracting(r -> r.value()).containsExactly("*");
            assertThat(s.conditions()).isEmpty();
        });
    }

    @Test
    void write_createsAnOwnerOnlyFileAndNeverOverwrites(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("credentials");
        AccessKey key = AccessKey.builder()
                .accessKeyId("AKIA1")
                .secretAccessKey("secret1")
                .build();

        RestrictedUsers.write(file, "metrics", key);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(file))
                .isEqualTo("[metrics]\naws_access_key_id = AKIA1\naws_secret_access_key = secret1\n");
        AccessKey other = AccessKey.builder()
                .accessKeyId("AKIA2")
                .secretAccessKey("secret2")
                .build();
        assertThatThrownBy(() -> RestrictedUsers.write(file, "metrics", other))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(file)).contains("AKIA1").doesNotContain("AKIA2");
    }

    @Test
    void checkWritable_existingFileOrMissingDirectory_isBadInput(@TempDir Path dir) throws Exception {
        Path existing = Files.createFile(dir.resolve("there"));

        assertThatThrownBy(() -> RestrictedUsers.checkWritable(existing))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageEndingWith("exists already; it is never overwritten");
        assertThatThrownBy(() -> RestrictedUsers.checkWritable(dir.resolve("no/such/dir/file")))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("does not exist");
    }
}
