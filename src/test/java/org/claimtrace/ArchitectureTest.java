package org.claimtrace;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.WebComponentExporter;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.annotation.EnableVaadin;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import org.springframework.data.repository.Repository;

import java.util.Arrays;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The few rules that keep the packages readable as features (docs/architecture.md draws the result).
 * A feature is the first package under org.claimtrace: article, annotation, claim, reader, …
 */
@AnalyzeClasses(packages = "org.claimtrace", importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresDependOnEachOtherWithoutCycles = slices().matching("org.claimtrace.(*)..")
            .namingSlices("$1").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule aFeaturesRepositoriesAreUsedOnlyInsideThatFeature = classes()
            .that().areAssignableTo(Repository.class)
            .should(beUsedOnlyInsideTheirOwnFeature());

    @ArchTest
    static final ArchRule viewsAreNotImportedByOtherFeatures = classes()
            .that().areAnnotatedWith(Route.class)
            .should(beUsedOnlyInsideTheirOwnFeature());

    /** The engines stay plain Java so they can be tested, benchmarked and reasoned about without a container. */
    @ArchTest
    static final ArchRule matchingAndAnchoringImportNeitherSpringNorJpa = noClasses()
            .that().resideInAnyPackage("org.claimtrace.matching..", "org.claimtrace.anchoring..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..", "com.vaadin..");

    /**
     * Vaadin looks for its types only in the packages Application lists (@EnableVaadin): a view, layout, app shell
     * or error view elsewhere would silently not exist. VaadinServiceInitListeners are Spring beans, found anyway,
     * but kept beside the rest.
     */
    @ArchTest
    static final ArchRule vaadinTypesLieWhereVaadinLooks = classes()
            .that().areAnnotatedWith(Route.class).or().areAnnotatedWith(RouteAlias.class).or().areAnnotatedWith(Layout.class)
            .or().areAssignableTo(AppShellConfigurator.class).or().areAssignableTo(HasErrorParameter.class)
            .or().areAssignableTo(WebComponentExporter.class).or().areAssignableTo(VaadinServiceInitListener.class)
            .should().resideInAnyPackage(Arrays.stream(Application.class.getAnnotation(EnableVaadin.class).value())
                    .map(name -> name + "..").toArray(String[]::new));

    /**
     * Hibernate makes a proxy class, with ByteBuddy at every start, for each entity that is not final (about a sixth
     * of its boot: decision 008). Only an entity another refers to lazily needs one; such an entity must stay open
     * (final, the lazy reference would silently load at once) and every other entity is final.
     */
    @ArchTest
    static final ArchRule entitiesAreFinalUnlessReferencedLazily = classes()
            .that().areAnnotatedWith(Entity.class)
            .should(new ArchCondition<>("be final unless another entity refers to them lazily") {
                @Override
                public void check(JavaClass entity, ConditionEvents events) {
                    boolean referencedLazily = entity.getFieldsWithTypeOfSelf().stream().anyMatch(field ->
                            field.tryGetAnnotationOfType(ManyToOne.class).map(a -> a.fetch() == FetchType.LAZY).orElse(false)
                                    || field.tryGetAnnotationOfType(OneToOne.class).map(a -> a.fetch() == FetchType.LAZY).orElse(false));
                    boolean isFinal = entity.getModifiers().contains(JavaModifier.FINAL);
                    if (referencedLazily == isFinal) {
                        events.add(SimpleConditionEvent.violated(entity, entity.getName() + (isFinal
                                ? " is final, but referred to lazily: Hibernate cannot proxy it"
                                : " is not final, but nothing refers to it lazily: Hibernate makes it a proxy class at every start")));
                    }
                }
            });

    private static ArchCondition<JavaClass> beUsedOnlyInsideTheirOwnFeature() {
        return new ArchCondition<>("be used only inside their own feature") {
            @Override
            public void check(JavaClass target, ConditionEvents events) {
                target.getDirectDependenciesToSelf().stream()
                        .filter(use -> !feature(use.getOriginClass()).equals(feature(target)))
                        .forEach(use -> events.add(SimpleConditionEvent.violated(use, use.getDescription())));
            }
        };
    }

    /** "claim" for org.claimtrace.claim.ui.ClaimView; "" for the root package (Application). */
    private static String feature(JavaClass javaClass) {
        var name = javaClass.getPackageName();
        var root = "org.claimtrace.";
        if (!name.startsWith(root)) {
            return name;
        }
        var rest = name.substring(root.length());
        var dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
