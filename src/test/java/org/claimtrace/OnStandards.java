package org.claimtrace;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A test class that checks our exchange formats against public standards material kept outside the repository:
 * the W3C Web Annotation MUST schemas and JSON-LD context, the schema.org vocabulary and a real Hypothesis
 * search dump. The folder is {@code -Dclaimtrace.standards.dir}, else {@code CLAIMTRACE_STANDARDS_DIR}, else
 * {@code ../shared/eval/standards} (where CI has it); without it the class is skipped with a notice, like the
 * PostgreSQL tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(OnStandards.Present.class)
public @interface OnStandards {

    final class Folder {
        private Folder() {
        }

        public static Path path() {
            var configured = System.getProperty("claimtrace.standards.dir", System.getenv("CLAIMTRACE_STANDARDS_DIR"));
            return Path.of(configured == null || configured.isBlank() ? "../shared/eval/standards" : configured);
        }

        public static Path resolve(String relative) {
            return path().resolve(relative);
        }
    }

    final class Present implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            var folder = Folder.path();
            return Files.isDirectory(folder.resolve("annotation-model"))
                    ? ConditionEvaluationResult.enabled("standards material in " + folder.toAbsolutePath())
                    : ConditionEvaluationResult.disabled("NOTICE: standards tests skipped: no standards material in "
                    + folder.toAbsolutePath() + " (set CLAIMTRACE_STANDARDS_DIR or -Dclaimtrace.standards.dir)");
        }
    }
}
