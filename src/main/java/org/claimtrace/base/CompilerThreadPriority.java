package org.claimtrace.base;

import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lowers the operating-system priority of the JVM's optimising compiler thread (C2) on Linux, once, as the app
 * starts (decision 008). On a two-core machine a start is a race for the cores: the main thread building the
 * application, the quick compiler (C1) that makes its code fast, and C2, which spends about five CPU seconds of
 * a start on code that mostly runs once. At nice 10 C2 compiles when a core is free and yields when the start
 * needs it; the JVM's own switch for this ({@code -XX:CompilerThreadPriority}) works only for root.
 *
 * <p>The priority stays lowered after the start (an unprivileged process cannot raise it again): when the app
 * keeps both cores busy, requests go before C2's compiling. {@code -Dclaimtrace.compiler-priority=normal} leaves
 * the JVM as it is; elsewhere than Linux nothing happens.
 */
public final class CompilerThreadPriority {

    /** Nice 10: a thread at nice 0 beside it gets about ten times its share of a contended core. */
    static final int NICE = 10;
    private static final int PRIO_PROCESS = 0;

    private CompilerThreadPriority() {
    }

    /** Lowers the C2 thread's priority where that is possible; returns how many threads were changed. */
    public static int lowerOptimisingCompiler() {
        if (!"lower".equals(System.getProperty("claimtrace.compiler-priority", "lower"))
                || !System.getProperty("os.name", "").startsWith("Linux")) {
            return 0;
        }
        try {
            var tids = compilerThreads(Path.of("/proc/self/task"));
            if (tids.isEmpty()) {
                return 0;
            }
            var linker = Linker.nativeLinker();
            MethodHandle setpriority = linker.downcallHandle(linker.defaultLookup().find("setpriority").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
            int changed = 0;
            for (int tid : tids) {
                if ((int) setpriority.invokeExact(PRIO_PROCESS, tid, NICE) == 0) {
                    changed++;
                }
            }
            return changed;
        } catch (Throwable notPossible) {
            // no /proc, no native access, a libc without setpriority: the start is only slower
            return 0;
        }
    }

    /** The Linux thread ids of the C2 compiler threads, by the names HotSpot gives them ("C2 CompilerThread0" …). */
    static List<Integer> compilerThreads(Path tasks) throws IOException {
        var tids = new ArrayList<Integer>();
        try (Stream<Path> each = Files.list(tasks)) {
            for (var task : each.toList()) {
                try {
                    // the kernel keeps 15 characters of a thread's name: "C2 CompilerThre"
                    if (Files.readString(task.resolve("comm")).startsWith("C2 CompilerThre")) {
                        tids.add(Integer.parseInt(task.getFileName().toString()));
                    }
                } catch (IOException | NumberFormatException gone) {
                    // a thread that ended meanwhile
                }
            }
        }
        return tids;
    }
}
