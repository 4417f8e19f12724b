package org.claimtrace.exchange;

/** Told after each row of a long export or import; cheap to call, so a listener decides how often to act. */
@FunctionalInterface
public interface Progress {

    Progress NONE = rows -> { };

    void row(long rowsSoFar);
}
