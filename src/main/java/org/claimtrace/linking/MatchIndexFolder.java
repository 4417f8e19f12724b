package org.claimtrace.linking;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where the match index lives: either kept in the data folder across restarts ({@link #kept}), or, when none is
 * configured or another process holds it, a folder of its own per process (several apps, or test contexts, may
 * share the parent), named after the process, removed at a clean stop. One left behind by a process that no
 * longer runs (a kill -9) is removed by the next start.
 */
final class MatchIndexFolder {

    private static final Logger log = LoggerFactory.getLogger(MatchIndexFolder.class);
    private static final String PREFIX = "claimtrace-match-";

    private final Path path;
    private final boolean kept;

    private MatchIndexFolder(Path path, boolean kept) {
        this.path = path;
        this.kept = kept;
    }

    /** A folder kept across restarts (made if missing); {@link #delete} leaves it. */
    static MatchIndexFolder kept(Path path) {
        try {
            Files.createDirectories(path);
            return new MatchIndexFolder(path, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the folder " + path + " for the match index", e);
        }
    }

    /** @param parent the folder to use, or blank for the system's temporary folder */
    static MatchIndexFolder create(String parent) {
        try {
            var under = parent == null || parent.isBlank() ? Path.of(System.getProperty("java.io.tmpdir")) : Path.of(parent);
            Files.createDirectories(under);
            removeLeftovers(under);
            return new MatchIndexFolder(Files.createTempDirectory(under, PREFIX + ProcessHandle.current().pid() + "-"), false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make a folder for the match index", e);
        }
    }

    Path path() {
        return path;
    }

    boolean kept() {
        return kept;
    }

    /** Removes the folder of a temporary index; a kept one stays. */
    void delete() {
        if (!kept) {
            deleteTree(path);
        }
    }

    private static void removeLeftovers(Path under) throws IOException {
        try (Stream<Path> folders = Files.list(under)) {
            folders.filter(f -> f.getFileName().toString().startsWith(PREFIX) && !ownerRuns(f.getFileName().toString()))
                    .forEach(MatchIndexFolder::deleteTree);
        }
    }

    private static boolean ownerRuns(String name) {
        var rest = name.substring(PREFIX.length());
        int dash = rest.indexOf('-');
        try {
            long pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true; // not ours to judge
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            log.debug("Could not remove {}", folder, e);
        }
    }
}
