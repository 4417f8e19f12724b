package org.claimtrace.attribution;

/** One detector per test JVM: loading the models is the slow part, and the detector is thread-safe. */
final class SharedDetector {

    static final long LOAD_MILLIS;
    static final CueDetector DETECTOR;

    static {
        long t0 = System.nanoTime();
        DETECTOR = new CueDetector();
        LOAD_MILLIS = (System.nanoTime() - t0) / 1_000_000;
    }

    private SharedDetector() {
    }
}
