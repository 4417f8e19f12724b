package org.claimtrace.matching;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;

/** How much an index takes: on disk by file kind (compound files opened), in the page cache, and on the heap. */
final class IndexFootprint {

    private IndexFootprint() {
    }

    static long residentBytes(Path folder) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of("fincore", "--bytes", "--noheadings", "--output", "RES"));
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(f -> command.add(f.toString()));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        long total = 0;
        for (String line : new String(process.getInputStream().readAllBytes()).split("\\s+")) {
            if (line.matches("\\d+")) {
                total += Long.parseLong(line);
            }
        }
        process.waitFor();
        return total;
    }

    static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }

    static Map<String, Long> sizeByKind(Path folder) throws IOException {
        var sizes = new TreeMap<String, Long>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                String kind = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name;
                sizes.merge(kind, Files.size(f), Long::sum);
            }
        }
        return sizes;
    }

    /** Sizes by file kind with the files inside compound (.cfs) segments counted by their own kind. */
    static Map<String, Long> sizeByKindInsideCompoundFiles(Path folder) throws IOException {
        var sizes = new TreeMap<String, Long>();
        try (Directory directory = FSDirectory.open(folder)) {
            for (SegmentCommitInfo segment : SegmentInfos.readLatestCommit(directory)) {
                SegmentInfo info = segment.info;
                if (info.getUseCompoundFile()) {
                    try (Directory compound = info.getCodec().compoundFormat().getCompoundReader(directory, info, IOContext.READONCE)) {
                        for (String file : compound.listAll()) {
                            sizes.merge(kind(file), compound.fileLength(file), Long::sum);
                        }
                    }
                } else {
                    for (String file : segment.files()) {
                        sizes.merge(kind(file), directory.fileLength(file), Long::sum);
                    }
                }
            }
        }
        return sizes;
    }

    static String kind(String file) {
        return file.contains(".") ? file.substring(file.lastIndexOf('.') + 1) : file;
    }

    static Map<String, Long> megabytes(Map<String, Long> bytes) {
        var mb = new TreeMap<String, Long>();
        bytes.forEach((k, v) -> mb.put(k, v >> 20));
        return mb;
    }

    static long folderSize(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
