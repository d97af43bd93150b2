package dev.awsrecipes.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.awsrecipes.core.InternalApi;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The project's rules about {@code internal} packages (ARCHITECTURE.md: no public type depends on an
 * internal one; internal classes are package-private where Java allows, the rest carry {@link InternalApi}),
 * for every module's architecture test to run on its own classes:
 *
 * <ol>
 *   <li>{@link #apiDoesNotExposeInternals() No public type exposes an internal one in its API}: supertypes,
 *       type parameters, annotations, and the types of public and protected fields, parameters, returns and
 *       throws clauses name no class of an {@code internal} package.
 *   <li>{@link #publicTypesOnlyConstructInternals(Class[]) Public types use internal classes only by
 *       constructing them}: a facade's factory method or a builder's {@code build()} may create the internal
 *       implementation; nothing else in a public type (a spec, a result, a value, an exception) calls into,
 *       reads from or holds an internal class. A class that owns internal machinery by design (core's
 *       {@code Aws} session) is named by its module's test as an exception, and rule 1 still holds for it.
 *   <li>{@link #internalPublicTypesAreMarked() Every public top-level type in an internal package carries
 *       {@link InternalApi}}, so nothing public there looks like API by accident.
 * </ol>
 */
public final class ArchitectureRules {
    private ArchitectureRules() {}

    /**
     * Checks the rules on the production classes under the package (test classes are left out).
     *
     * @param rootPackage a module's package, e.g. {@code dev.awsrecipes.monitoring}
     * @param ownersOfInternals public classes (with their nested classes) whose code may use internal classes
     *     beyond constructing them; never in their API
     * @throws AssertionError listing every violation, or when no class is found under the package
     */
    public static void check(String rootPackage, Class<?>... ownersOfInternals) {
        JavaClasses imported = importPackage(rootPackage, ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
        // An empty import would pass every rule: a misspelt package must not look like a clean module.
        if (imported.isEmpty()) {
            throw new AssertionError("no classes found under " + rootPackage + " on the class path");
        }
        check(imported, ownersOfInternals);
    }

    /**
     * Checks the rules on the classes given.
     *
     * @param imported the classes to check
     * @param ownersOfInternals as for {@link #check(String, Class[])}
     * @throws AssertionError listing every violation
     */
    public static void check(JavaClasses imported, Class<?>... ownersOfInternals) {
        // Every rule's report in one failure, so one run shows everything there is to fix.
        String failures = Stream.of(
                        apiDoesNotExposeInternals(),
                        publicTypesOnlyConstructInternals(ownersOfInternals),
                        internalPublicTypesAreMarked())
                .map(rule -> rule.evaluate(imported))
                .filter(EvaluationResult::hasViolation)
                .map(result -> result.getFailureReport().toString())
                .collect(Collectors.joining(System.lineSeparator()));
        if (!failures.isEmpty()) {
            throw new AssertionError(failures);
        }
    }

    /**
     * The classes under the package, without the classes they refer to: the rules need only the names of
     * those (their packages), and reading them from the SDK's jars would take seconds per module.
     */
    static JavaClasses importPackage(String rootPackage, ImportOption... options) {
        return ArchConfiguration.withThreadLocalScope(configuration -> {
            configuration.setResolveMissingDependenciesFromClassPath(false);
            return new ClassFileImporter().withImportOptions(List.of(options)).importPackages(rootPackage);
        });
    }

    /**
     * Rule 1: public types outside {@code ..internal..} name no internal class in their API signature.
     *
     * @return the rule
     */
    public static ArchRule apiDoesNotExposeInternals() {
        return publicTypes("expose no class of an internal package in their API", InternalUses::inSignature);
    }

    /**
     * Rule 2: public types outside {@code ..internal..} use internal classes only by calling or referring to
     * their constructors.
     *
     * @param ownersOfInternals classes exempt from this rule, with their nested classes
     * @return the rule
     */
    public static ArchRule publicTypesOnlyConstructInternals(Class<?>... ownersOfInternals) {
        Set<String> owners =
                Arrays.stream(ownersOfInternals).map(Class::getName).collect(Collectors.toSet());
        return publicTypes(
                "use internal classes only by constructing them",
                type -> isOwnedBy(type, owners) ? List.of() : InternalUses.inCode(type));
    }

    /**
     * Rule 3: every public top-level type in an {@code ..internal..} package is annotated {@link InternalApi}.
     *
     * @return the rule
     */
    public static ArchRule internalPublicTypesAreMarked() {
        return classes()
                .that()
                .resideInAPackage("..internal..")
                .and()
                .arePublic()
                .and()
                .areTopLevelClasses()
                .should()
                .beAnnotatedWith(InternalApi.class)
                // A module without internal packages has nothing to mark.
                .allowEmptyShould(true);
    }

    private static ArchRule publicTypes(String should, Function<JavaClass, List<String>> violations) {
        return classes()
                .that()
                .resideOutsideOfPackage("..internal..")
                .should(new ArchCondition<JavaClass>(should) {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        if (InternalUses.isVisibleApi(type)) {
                            for (String violation : violations.apply(type)) {
                                events.add(SimpleConditionEvent.violated(type, violation));
                            }
                        }
                    }
                })
                // A module of internal classes only has no API to check; check(String) refuses an empty import.
                .allowEmptyShould(true);
    }

    private static boolean isOwnedBy(JavaClass type, Set<String> owners) {
        return owners.contains(type.getName())
                || type.getEnclosingClass()
                        .map(outer -> isOwnedBy(outer, owners))
                        .orElse(false);
    }
}
