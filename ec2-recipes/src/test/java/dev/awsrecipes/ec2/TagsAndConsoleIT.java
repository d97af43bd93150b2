package dev.awsrecipes.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.testing.Ec2Server;
import dev.awsrecipes.testing.Ec2ServerTest;
import dev.awsrecipes.testing.Ec2TestAccount;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.TagDescription;

class TagsAndConsoleIT {

    @Ec2ServerTest
    void addTags_onInstancesAndAGroup_areSeenByDescribeTagsAndFindInstancesByTag(Ec2Server server) {
        try (Ec2TestAccount account = new Ec2TestAccount(server)) {
            List<String> ids = run(account, 3);
            String groupId = account.ec2()
                    .createSecurityGroup(r -> r.groupName("tagged").description("test"))
                    .groupId();
            Ec2Recipes ec2 = Ec2Recipes.using(account.aws);

            ec2.addTags(List.of(ids.get(0), ids.get(1)), Map.of("env", "prod", "team", "web"));
            ec2.addTags(ids.get(2), Map.of("env", "dev"));
            ec2.addTags(groupId, Map.of("env", "prod"));

            List<TagDescription> described = account.ec2()
                    .describeTags(r -> r.filters(f -> f.name("key").values("env")))
                    .tags();
            assertThat(described)
                    .extracting(TagDescription::resourceId, TagDescription::value)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(ids.get(0), "prod"),
                            org.assertj.core.groups.Tuple.tuple(ids.get(1), "prod"),
                            org.assertj.core.groups.Tuple.tuple(ids.get(2), "dev"),
                            org.assertj.core.groups.Tuple.tuple(groupId, "prod"));
            assertThat(ec2.findInstancesByTag("env"))
                    .extracting(TaggedInstance::instanceId)
                    .containsExactlyInAnyOrderElementsOf(ids);
            assertThat(ec2.findInstancesByTag("env", "prod"))
                    .extracting(TaggedInstance::instanceId)
                    .containsExactlyInAnyOrder(ids.get(0), ids.get(1));
            assertThat(ec2.findInstancesByTag("team", "web"))
                    .allSatisfy(i ->
                            assertThat(i.tags()).containsEntry("env", "prod").containsEntry("team", "web"));
            assertThat(ec2.findInstancesByTag("absent")).isEmpty();
        }
    }

    @Ec2ServerTest
    void consoleOutput_ofAnInstance_isTheDecodedLogThatGetConsoleOutputReturns(Ec2Server server) {
        try (Ec2TestAccount account = new Ec2TestAccount(server)) {
            String id = run(account, 1).get(0);

            ConsoleOutput output = Ec2Recipes.using(account.aws).consoleOutput(id);

            String raw = account.ec2().getConsoleOutput(r -> r.instanceId(id)).output();
            assertThat(output.instanceId()).isEqualTo(id);
            assertThat(output.text())
                    .isEqualTo(new String(Base64.getDecoder().decode(raw), StandardCharsets.UTF_8))
                    .contains("Linux version"); // LocalStack's synthetic boot log
        }
    }

    private static List<String> run(Ec2TestAccount account, int count) {
        String ami = account.anyImageId();
        return account
                .ec2()
                .runInstances(r ->
                        r.imageId(ami).instanceType("t3.micro").minCount(count).maxCount(count))
                .instances()
                .stream()
                .map(Instance::instanceId)
                .toList();
    }
}
