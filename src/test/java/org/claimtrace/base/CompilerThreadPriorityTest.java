package org.claimtrace.base;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CompilerThreadPriorityTest {

    @Test
    void findsTheC2ThreadsByTheirKernelNames(@TempDir Path tasks) throws Exception {
        thread(tasks, "101", "main\n");
        thread(tasks, "102", "C2 CompilerThre\n");
        thread(tasks, "103", "C1 CompilerThre\n");
        thread(tasks, "104", "C2 CompilerThre\n");
        Files.createDirectories(tasks.resolve("105")); // a thread that ended while the list was read: no comm

        assertThat(CompilerThreadPriority.compilerThreads(tasks)).containsExactlyInAnyOrder(102, 104);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void lowersTheRunningJvmsC2ThreadToNiceTenAndLeavesTheOthers() throws Exception {
        var tasks = Path.of("/proc/self/task");
        var c2 = CompilerThreadPriority.compilerThreads(tasks);
        assertThat(c2).as("this JVM has an optimising compiler thread").isNotEmpty();

        assertThat(CompilerThreadPriority.lowerOptimisingCompiler()).isEqualTo(c2.size());

        for (int tid : c2) {
            assertThat(nice(tasks.resolve(Integer.toString(tid)))).isEqualTo(CompilerThreadPriority.NICE);
        }
        long self = ProcessHandle.current().pid();
        assertThat(nice(tasks.resolve(Long.toString(self)))).as("the JVM's first thread keeps its priority").isZero();
    }

    private static void thread(Path tasks, String tid, String comm) throws Exception {
        Files.writeString(Files.createDirectories(tasks.resolve(tid)).resolve("comm"), comm);
    }

    /** Field 19 of /proc/…/stat, counted after the command name (which may hold spaces, inside parentheses). */
    private static int nice(Path task) throws Exception {
        var stat = Files.readString(task.resolve("stat"));
        var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(fields[16]);
    }
}
