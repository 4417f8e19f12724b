package org.claimtrace.review;

import org.claimtrace.annotation.AnnotationFixtures;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.article.ArticleService;
import org.claimtrace.claim.Claim;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.security.Role;
import org.claimtrace.security.SystemTask;
import org.claimtrace.security.UserAccountService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/** Test data for review: users of a role, claims carried by an article each, acting as a user. */
public final class ReviewFixtures {

    public static final String PASSWORD = "review-test-password";

    private ReviewFixtures() {
    }

    /** A new user with the role, whose name starts with the prefix. */
    public static String user(UserAccountService accounts, String prefix, Role role) {
        var name = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
        SystemTask.run(() -> accounts.create(name, PASSWORD, Set.of(role)));
        return name;
    }

    /** A claim made of one annotation in a new article. */
    public static Claim claim(ArticleService articles, ClaimAnnotationService annotations, ClaimService claims, String statement) {
        var sentence = statement + " " + UUID.randomUUID().toString().substring(0, 8) + ", officials said";
        var annotation = AnnotationFixtures.carried(articles, annotations, "Review Times", "Review " + statement, sentence, 4,
                "ANONYMOUS_VAGUE");
        return SystemTask.call(() -> claims.create(ClaimService.shortTextFrom(statement), List.of(annotation.getId())));
    }

    /** Runs the work as the user with the roles (service-level tests), then puts back who was acting. */
    public static <T> T as(String user, Supplier<T> work, Role... roles) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void as(String user, Runnable work, Role... roles) {
        as(user, () -> {
            work.run();
            return null;
        }, roles);
    }
}
