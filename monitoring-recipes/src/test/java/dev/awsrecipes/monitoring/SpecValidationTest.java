package dev.awsrecipes.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.InvalidArgumentException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

class SpecValidationTest {

    private static EasyAlarmSpec.Builder easy() {
        return EasyAlarmSpec.builder()
                .instanceId("i-0123456789abcdef0")
                .alarmName("cpu high")
                .email("ops@example.com")
                .metricName("CPUUtilization")
                .comparison(">")
                .threshold(80)
                .periodSeconds(300)
                .evaluationPeriods(2)
                .statistic("average");
    }

    @Nested
    class Comparisons {
        @Test
        void symbols_mapToCloudWatchOperators() {
            assertThat(Comparison.of(">").operator()).isEqualTo(ComparisonOperator.GREATER_THAN_THRESHOLD);
            assertThat(Comparison.of(">=").operator()).isEqualTo(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD);
            assertThat(Comparison.of("<").operator()).isEqualTo(ComparisonOperator.LESS_THAN_THRESHOLD);
            assertThat(Comparison.of(" <= ").operator()).isEqualTo(ComparisonOperator.LESS_THAN_OR_EQUAL_TO_THRESHOLD);
            assertThat(Comparison.of("GreaterThanThreshold")).isEqualTo(Comparison.GREATER_THAN);
            assertThat(Comparison.of(ComparisonOperator.LESS_THAN_THRESHOLD)).isEqualTo(Comparison.LESS_THAN);
        }

        @ParameterizedTest
        @ValueSource(strings = {"=>", "=<", "==", "gt", "> ="})
        void otherSymbols_areRejectedWithTheirText(String text) {
            assertThatThrownBy(() -> Comparison.of(text))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessage("comparison \"" + text + "\" is not one of >, >=, <, <=");
        }

        @Test
        void anomalyBandOperator_isRejected() {
            assertThatThrownBy(() -> Comparison.of(ComparisonOperator.LESS_THAN_LOWER_THRESHOLD))
                    .isInstanceOf(InvalidArgumentException.class);
        }
    }

    @Nested
    class EasyAlarm {
        @Test
        void validSpec_dedupesAddressesAndDerivesASafeTopicName() {
            EasyAlarmSpec spec =
                    easy().email("OPS@example.com").email("dev@example.com").build();

            assertThat(spec.emails()).containsExactly("ops@example.com", "dev@example.com");
            assertThat(spec.topicName()).isEqualTo("CWAlarm-cpu_high");
            assertThat(spec.statistic()).isEqualTo(Statistic.AVERAGE);
            assertThat(spec.enableMonitoring())
                    .as("a 300 s period is served by basic monitoring")
                    .isFalse();
        }

        @Test
        void periodUnder300s_needsDetailedMonitoring_unlessTheCallerSaysOtherwise() {
            assertThat(easy().periodSeconds(60).build().enableMonitoring()).isTrue();
            assertThat(easy().periodSeconds(240).build().enableMonitoring()).isTrue();
            assertThat(easy().periodSeconds(600).build().enableMonitoring()).isFalse();
            assertThat(easy().periodSeconds(60).enableMonitoring(false).build().enableMonitoring())
                    .isFalse();
            assertThat(easy().periodSeconds(600).enableMonitoring(true).build().enableMonitoring())
                    .isTrue();
            assertThat(easy().periodSeconds(60).build().toBuilder()
                            .periodSeconds(600)
                            .build()
                            .enableMonitoring())
                    .as("a copied spec decides again from its own period")
                    .isFalse();
        }

        @Test
        void period61_isRejected() {
            assertThatThrownBy(() -> easy().periodSeconds(61).build())
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageStartingWith("period is 61 seconds; it must be a positive multiple of 60");
        }

        @Test
        void emailWithoutAt_isRejected() {
            assertThatThrownBy(() -> easy().emails(List.of("ops.example.com")).build())
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessage("emails \"ops.example.com\" is not an e-mail address (expected name@domain)");
        }

        @Test
        void missingValues_areNamed() {
            assertThatThrownBy(() -> easy().emails(List.of()).build()).hasMessage("emails needs at least one value");
            assertThatThrownBy(() -> EasyAlarmSpec.builder()
                            .instanceId("i-0123456789abcdef0")
                            .alarmName("a")
                            .email("a@b")
                            .metricName("CPUUtilization")
                            .comparison("<")
                            .build())
                    .hasMessage("threshold is required");
        }

        @Test
        void badInstanceIdStatisticAndEvaluationPeriods_areRejected() {
            assertThatThrownBy(() -> easy().instanceId("web-1").build())
                    .hasMessageContaining("\"web-1\" is not an instance id");
            assertThatThrownBy(() -> easy().statistic("p99").build()).hasMessageContaining("statistic \"p99\"");
            assertThatThrownBy(() -> easy().evaluationPeriods(0).build())
                    .hasMessage("evaluationPeriods is 0; it must be positive");
            assertThatThrownBy(() -> easy().threshold(Double.NaN).build()).hasMessageContaining("threshold is NaN");
        }
    }

    @Nested
    class Periods {
        @ParameterizedTest
        @ValueSource(ints = {1, 5, 10, 30, 60, 120, 300, 3600})
        void statisticsPeriods_thatCloudWatchAccepts_pass(int seconds) {
            assertThatCode(() -> query().periodSeconds(seconds).build()).doesNotThrowAnyException();
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -60, 2, 45, 61, 90})
        void otherStatisticsPeriods_areRejected(int seconds) {
            assertThatThrownBy(() -> query().periodSeconds(seconds).build())
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageStartingWith("period is " + seconds + " seconds");
        }

        @Test
        void alarmPeriods_allow10And30ButNot1() {
            assertThatCode(() -> alarm().periodSeconds(10).build()).doesNotThrowAnyException();
            assertThatCode(() -> alarm().periodSeconds(30).build()).doesNotThrowAnyException();
            assertThatThrownBy(() -> alarm().periodSeconds(1).build()).hasMessageStartingWith("period is 1 seconds");
        }

        @Test
        void queryRangeMustNotBeEmpty() {
            Instant t = Instant.parse("2026-01-01T00:00:00Z");
            assertThatThrownBy(() -> query().start(t).end(t).build())
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("must be before end");
        }

        private StatisticsQuery.Builder query() {
            return StatisticsQuery.builder()
                    .instanceId("i-0123456789abcdef0")
                    .metricName("CPUUtilization")
                    .start(Instant.parse("2026-01-01T00:00:00Z"))
                    .end(Instant.parse("2026-01-01T03:00:00Z"));
        }

        private AlarmSpec.Builder alarm() {
            return AlarmSpec.builder()
                    .alarmName("a")
                    .metricName("m")
                    .comparison(">")
                    .threshold(1);
        }
    }

    @Nested
    class StatusChecks {
        @Test
        void recoverOnTheInstanceCheck_isRejected() {
            assertThatThrownBy(() -> StatusCheckAlarmSpec.builder()
                            .instanceId("i-0123456789abcdef0")
                            .check(StatusCheck.INSTANCE)
                            .action(Ec2AlarmAction.RECOVER)
                            .build())
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("recover only works with the system status check");
        }

        @Test
        void actionArns_nameTheRegion() {
            assertThat(Ec2AlarmAction.RECOVER.arn(Region.EU_WEST_1))
                    .isEqualTo("arn:aws:automate:eu-west-1:ec2:recover");
            assertThat(Ec2AlarmAction.of("Reboot").arn(Region.US_EAST_1))
                    .isEqualTo("arn:aws:automate:us-east-1:ec2:reboot");
        }

        @Test
        void defaultName_saysInstanceCheckAndAction() {
            StatusCheckAlarmSpec spec = StatusCheckAlarmSpec.builder()
                    .instanceId("i-0123456789abcdef0")
                    .check(StatusCheck.SYSTEM)
                    .action(Ec2AlarmAction.RECOVER)
                    .build();
            assertThat(spec.alarmName()).isEqualTo("i-0123456789abcdef0-system-check-recover");
        }
    }

    @Test
    void restrictedUser_toStringMasksTheSecret() {
        RestrictedUser user = new RestrictedUser(
                "u", "arn:aws:iam::1:user/u", true, "AKIAEXAMPLE", "s3cr3t/value", "p", "{}", Optional.empty());

        assertThat(user.toString()).contains("AKIAEXAMPLE").doesNotContain("s3cr3t");
    }

    @Test
    void metricDatum_rejectsNonFiniteValuesAndTooManyDimensions() {
        assertThatThrownBy(() -> MetricDatum.of("m", Double.POSITIVE_INFINITY))
                .hasMessageContaining("value is Infinity");
        MetricDatum.Builder b = MetricDatum.builder().metricName("m").value(1);
        for (int i = 0; i < 31; i++) {
            b.dimension("d" + i, "v");
        }
        assertThatThrownBy(b::build).hasMessageContaining("has 31 entries; CloudWatch allows at most 30");
    }
}
