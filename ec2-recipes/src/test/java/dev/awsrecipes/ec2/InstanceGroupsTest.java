package dev.awsrecipes.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.InvalidArgumentException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceGroupsTest {

    @Test
    void parse_simpleAndTypedGroups_readsIdsInOrderAndReportsOtherTypes() {
        InstanceGroups groups = InstanceGroups.parse(
                """
                region_name: eu-west-1
                web:
                  - i-0123456789abcdef0
                  - i-0123456789abcdef1
                batch:
                  - type: ec2.instance
                    ids: [i-01234567]
                  - type: rds.db_cluster
                    ids: [reports]
                """);

        assertThat(groups.region()).contains("eu-west-1");
        assertThat(groups.groups()).containsOnlyKeys("web", "batch");
        assertThat(groups.group("web")).containsExactly("i-0123456789abcdef0", "i-0123456789abcdef1");
        assertThat(groups.group("batch")).containsExactly("i-01234567");
        assertThat(groups.ignored()).containsExactly("batch: rds.db_cluster");
    }

    @Test
    void group_unknownName_isRejectedListingTheKnownOnes() {
        InstanceGroups groups = InstanceGroups.parse("web: [i-0123456789abcdef0]\n");

        assertThatThrownBy(() -> groups.group("db"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("\"db\" is not defined")
                .hasMessageContaining("[web]");
    }

    @Test
    void parse_badContent_isRejectedSayingWhy() {
        assertThatThrownBy(() -> InstanceGroups.parse("web: i-0123456789abcdef0\n"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("must be a list");
        assertThatThrownBy(() -> InstanceGroups.parse("web: [not-an-instance]\n"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("not-an-instance");
        assertThatThrownBy(() -> InstanceGroups.parse("- just\n- a list\n"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("mapping");
        assertThatThrownBy(() -> InstanceGroups.parse("web: [unclosed\n"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void parse_yamlTags_areNotTurnedIntoJavaObjects() {
        assertThatThrownBy(() -> InstanceGroups.parse("web: !!java.io.File [\"/tmp\"]\n"))
                .isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void read_fileOrMissingFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("groups.yml");
        Files.writeString(file, "web: [i-0123456789abcdef0]\n");

        assertThat(InstanceGroups.read(file).groups()).containsEntry("web", List.of("i-0123456789abcdef0"));
        assertThatThrownBy(() -> InstanceGroups.read(dir.resolve("missing.yml")))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("does not exist");
    }
}
