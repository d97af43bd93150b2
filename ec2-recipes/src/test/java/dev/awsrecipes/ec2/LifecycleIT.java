package dev.awsrecipes.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.testing.Ec2Server;
import dev.awsrecipes.testing.Ec2ServerTest;
import dev.awsrecipes.testing.TestWaits;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.Instance;

class LifecycleIT {

    @Ec2ServerTest
    void stopAndStart_waiting_changeTheStateEc2Reports(Ec2Server server) {
        try (Aws aws = server.newAccountSession();
                Ec2Fixture fixture = new Ec2Fixture(aws)) {
            String id = fixture.launch().instanceId();
            Ec2Recipes ec2 = Ec2Recipes.using(aws);

            LifecycleResult stopped = ec2.changeState(
                    l -> l.action(LifecycleAction.STOP).instanceIds(id).waitForState(true));
            assertThat(stopped.changes()).containsExactly(new StateChange(id, "running", "stopped"));
            assertThat(state(fixture, id)).isEqualTo("stopped");

            LifecycleResult started = ec2.changeState(
                    l -> l.action(LifecycleAction.START).instanceIds(id).waitForState(true));
            assertThat(started.changes()).containsExactly(new StateChange(id, "stopped", "running"));
            assertThat(state(fixture, id)).isEqualTo("running");
        }
    }

    @Ec2ServerTest
    void dryRun_reportsWouldSucceedAndChangesNothing(Ec2Server server) {
        try (Aws aws = server.newAccountSession();
                Ec2Fixture fixture = new Ec2Fixture(aws)) {
            String id = fixture.launch().instanceId();
            Ec2Recipes ec2 = Ec2Recipes.using(aws);

            LifecycleResult stop = ec2.stopInstances(List.of(id), true);
            LifecycleResult terminate = ec2.terminateInstances(List.of(id), true);

            assertThat(stop.dryRun()).isTrue();
            assertThat(stop.wouldSucceed()).isTrue();
            assertThat(stop.message()).contains("DryRunOperation");
            assertThat(stop.changes()).isEmpty();
            assertThat(terminate.wouldSucceed()).isTrue();
            assertThat(state(fixture, id)).isEqualTo("running");
        }
    }

    @Ec2ServerTest
    void terminateInstances_terminatesForGood(Ec2Server server) {
        try (Aws aws = server.newAccountSession();
                Ec2Fixture fixture = new Ec2Fixture(aws)) {
            String id = fixture.launch().instanceId();

            LifecycleResult result = Ec2Recipes.using(aws)
                    .changeState(l ->
                            l.action(LifecycleAction.TERMINATE).instanceIds(id).waitForState(true));

            assertThat(result.changes()).extracting(StateChange::currentState).containsExactly("terminated");
            assertThat(state(fixture, id)).isEqualTo("terminated");
        }
    }

    @Ec2ServerTest
    void changeGroupState_stopsAndStartsTheGroupOfAYamlFile(Ec2Server server) {
        try (Aws aws = server.newAccountSession();
                Ec2Fixture fixture = new Ec2Fixture(aws)) {
            Instance web1 = fixture.launch();
            Instance web2 = fixture.launch();
            Instance other = fixture.launch();
            InstanceGroups groups = InstanceGroups.parse("web:\n  - " + web1.instanceId() + "\n  - " + web2.instanceId()
                    + "\nbatch:\n  - type: ec2.instance\n    ids: [" + other.instanceId() + "]\n");
            Ec2Recipes ec2 = Ec2Recipes.using(aws);

            LifecycleResult stopped = ec2.changeGroupState(groups, "web", LifecycleAction.STOP, false);
            fixture.ec2()
                    .waiter()
                    .waitUntilInstanceStopped(r -> r.instanceIds(web1.instanceId(), web2.instanceId()), TestWaits.FAST);

            assertThat(stopped.instanceIds()).containsExactly(web1.instanceId(), web2.instanceId());
            assertThat(state(fixture, web1.instanceId())).isEqualTo("stopped");
            assertThat(state(fixture, web2.instanceId())).isEqualTo("stopped");
            assertThat(state(fixture, other.instanceId())).isEqualTo("running");

            ec2.changeGroupState(groups, "web", LifecycleAction.START, false);
            fixture.ec2()
                    .waiter()
                    .waitUntilInstanceRunning(r -> r.instanceIds(web1.instanceId(), web2.instanceId()), TestWaits.FAST);
            assertThat(state(fixture, web1.instanceId())).isEqualTo("running");
        }
    }

    private static String state(Ec2Fixture fixture, String id) {
        return fixture.describe(id).state().nameAsString();
    }
}
