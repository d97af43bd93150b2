package dev.awsrecipes.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.awsrecipes.testing.archfixture.calling.Spec;
import org.junit.jupiter.api.Test;

/** The rules pass a clean fixture and fail each kind of violation, so a green module test means something. */
class ArchitectureRulesTest {
    private static final String FIXTURES = "dev.awsrecipes.testing.archfixture.";

    /** The fixtures are test classes, which {@link ArchitectureRules#check(String)} leaves out. */
    private static JavaClasses fixture(String name) {
        return ArchitectureRules.importPackage(FIXTURES + name);
    }

    @Test
    void facadeAndBuilderConstructingTheInternalImplementationAreFine() {
        assertThatCode(() -> ArchitectureRules.check(fixture("clean"))).doesNotThrowAnyException();
    }

    @Test
    void publicMethodReturningAnInternalTypeFails() {
        assertThatThrownBy(() -> ArchitectureRules.check(fixture("leaky")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Leaky.secrets() returns")
                .hasMessageContaining("leaky.internal.Secret, an internal class");
    }

    @Test
    void publicTypeCallingAnInternalMethodFails() {
        assertThatThrownBy(() -> ArchitectureRules.check(fixture("calling")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("use internal classes only by constructing them")
                .hasMessageContaining("calling.Spec.<init>(java.lang.String)> calls method")
                .hasMessageContaining("calling.internal.Checks.name(java.lang.String)");
    }

    @Test
    void aNamedOwnerOfInternalsMayCallThem() {
        assertThatCode(() -> ArchitectureRules.check(fixture("calling"), Spec.class))
                .doesNotThrowAnyException();
    }

    @Test
    void unmarkedPublicInternalClassFails() {
        assertThatThrownBy(() -> ArchitectureRules.check(fixture("unmarked")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("unmarked.internal.Unmarked")
                .hasMessageContaining("InternalApi");
    }

    @Test
    void aPackageWithoutClassesFails() {
        assertThatThrownBy(() -> ArchitectureRules.check("dev.awsrecipes.no.such.module"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no classes found under dev.awsrecipes.no.such.module");
    }
}
