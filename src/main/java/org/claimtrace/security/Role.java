package org.claimtrace.security;

/** The four roles. Each grants what the ones below it grant, and more. */
public enum Role {
    ADMIN, EDITOR, REVIEWER, VIEWER;

    /** Constants for annotations, which need compile-time strings. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String EDITOR = "EDITOR";
        public static final String REVIEWER = "REVIEWER";
        public static final String VIEWER = "VIEWER";

        /** SpEL for service methods that change articles, outlets and annotations. */
        public static final String CAN_EDIT = "hasAnyRole('ADMIN','EDITOR')";
        public static final String CAN_READ = "isAuthenticated()";
        public static final String IS_ADMIN = "hasRole('ADMIN')";
        /** SpEL for service methods that change review sessions, verdicts and comments. */
        public static final String CAN_REVIEW = "hasAnyRole('ADMIN','REVIEWER')";

        private Names() {
        }
    }
}
