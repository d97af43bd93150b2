package dev.awsrecipes.testing;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaConstructorReference;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Where a class names or uses classes of {@code internal} packages, for {@link ArchitectureRules}. */
final class InternalUses {
    private static final String INTERNAL = ".internal";

    private InternalUses() {}

    /** Public, and every class it is nested in public too: reachable by a user. */
    static boolean isVisibleApi(JavaClass type) {
        return type.getModifiers().contains(JavaModifier.PUBLIC)
                && type.getEnclosingClass().map(InternalUses::isVisibleApi).orElse(true);
    }

    /** Internal classes named in the type's API: supertypes, type parameters, annotations, public members. */
    static List<String> inSignature(JavaClass type) {
        List<String> found = new ArrayList<>();
        String where = type.getName();
        type.getSuperclass().ifPresent(s -> report(found, where + " extends", Stream.of(s)));
        report(found, where + " implements", type.getInterfaces().stream());
        report(found, where + " type parameter", type.getTypeParameters().stream());
        reportAnnotations(found, where, type.getAnnotations());
        for (JavaField field : type.getFields()) {
            if (isApi(field)) {
                String at = "field " + where + "." + field.getName();
                report(found, at, Stream.of(field.getType()));
                reportAnnotations(found, at, field.getAnnotations());
            }
        }
        Stream.concat(type.getMethods().stream(), type.getConstructors().stream())
                .filter(InternalUses::isApi)
                .forEach(code -> reportSignature(found, code));
        return found;
    }

    /**
     * Internal classes the type's code uses other than by constructing them: calls, field reads and writes,
     * method references, class literals, instanceof checks, and fields (of any visibility) that hold them.
     */
    static List<String> inCode(JavaClass type) {
        List<String> found = new ArrayList<>();
        for (JavaAccess<?> access : type.getAccessesFromSelf()) {
            boolean constructs = access instanceof JavaConstructorCall || access instanceof JavaConstructorReference;
            if (!constructs && isInternal(access.getTargetOwner())) {
                found.add(access.getDescription());
            }
        }
        type.getReferencedClassObjects().stream()
                .filter(object -> isInternal(object.getRawType()))
                .forEach(object -> found.add(
                        type.getName() + " refers to " + object.getRawType().getName()));
        type.getInstanceofChecks().stream()
                .filter(check -> isInternal(check.getRawType()))
                .forEach(check -> found.add(type.getName() + " checks instanceof "
                        + check.getRawType().getName()));
        for (JavaField field : type.getFields()) {
            report(found, "field " + type.getName() + "." + field.getName() + " holds", Stream.of(field.getType()));
        }
        return found;
    }

    private static void reportSignature(List<String> found, JavaCodeUnit code) {
        String at = code.getFullName();
        report(found, at + " returns", Stream.of(code.getReturnType()));
        report(found, at + " takes", code.getParameterTypes().stream());
        report(found, at + " type parameter", code.getTypeParameters().stream());
        report(found, at + " throws", code.getThrowsClause().getTypes().stream().map(JavaType.class::cast));
        reportAnnotations(found, at, code.getAnnotations());
    }

    private static void reportAnnotations(List<String> found, String at, Set<? extends JavaAnnotation<?>> annotations) {
        report(found, at + " is annotated with", annotations.stream().map(JavaAnnotation::getRawType));
    }

    /** Every internal class a type mentions, generic arguments and bounds included. */
    private static void report(List<String> found, String at, Stream<? extends JavaType> types) {
        types.flatMap(t -> t.getAllInvolvedRawTypes().stream())
                .filter(InternalUses::isInternal)
                .distinct()
                .forEach(internal -> found.add(at + " " + internal.getName() + ", an internal class"));
    }

    private static boolean isApi(JavaMember member) {
        Set<JavaModifier> modifiers = member.getModifiers();
        boolean visible = modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
        return visible && !modifiers.contains(JavaModifier.SYNTHETIC) && !modifiers.contains(JavaModifier.BRIDGE);
    }

    private static boolean isInternal(JavaClass type) {
        String name = type.getPackageName();
        return name.endsWith(INTERNAL) || name.contains(INTERNAL + ".");
    }
}
