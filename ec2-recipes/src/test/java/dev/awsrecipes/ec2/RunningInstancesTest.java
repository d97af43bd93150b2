package dev.awsrecipes.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunningInstancesTest {
    private static final Instant LAUNCHED = Instant.parse("2024-05-01T10:00:00Z");

    private static RunningInstances sample() {
        Map<String, Map<String, List<RunningInstance>>> accounts = new LinkedHashMap<>();
        Map<String, List<RunningInstance>> dev = new LinkedHashMap<>();
        dev.put(
                "eu-west-1",
                List.of(new RunningInstance("i-01234567", "t3.micro", LAUNCHED, Map.of("Name", "web", "Env", "dev"))));
        dev.put("us-east-1", List.of());
        accounts.put("dev", dev);
        accounts.put("prod", Map.of("us-east-1", List.of()));
        return new RunningInstances(
                accounts, List.of(new RegionFailure("ops", "ap-south-1", "AuthFailure: no (status 401)", null)));
    }

    @Test
    void counts_andNonEmpty_keepEveryAccountButOnlyRegionsWithInstances() {
        RunningInstances found = sample();

        assertThat(found.count()).isEqualTo(1);
        assertThat(found.all()).extracting(RunningInstance::instanceId).containsExactly("i-01234567");
        assertThat(found.nonEmpty()).containsOnlyKeys("dev", "prod");
        assertThat(found.nonEmpty().get("dev")).containsOnlyKeys("eu-west-1");
        assertThat(found.nonEmpty().get("prod")).isEmpty();
    }

    @Test
    void report_listsEachInstanceWithSortedTagsThenTheErrorsAndTotals() {
        String report = sample().report();

        assertThat(report)
                .contains("account dev: 1 running")
                .contains("eu-west-1")
                .contains("i-01234567")
                .contains("t3.micro")
                .contains("2024-05-01T10:00:00Z")
                .contains("{Env=dev, Name=web}")
                .contains("account prod: 0 running")
                .contains("error in account ops, region ap-south-1: AuthFailure: no (status 401)")
                .endsWith("1 running instance(s), 1 error(s)\n");
    }

    @Test
    void tags_areSortedByKeyAndUnmodifiable() {
        RunningInstance i = new RunningInstance("i-01234567", "t3.micro", LAUNCHED, Map.of("b", "2", "a", "1"));

        assertThat(i.tags().keySet()).containsExactly("a", "b");
    }
}
