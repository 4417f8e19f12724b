package org.claimtrace.attribution;

import org.claimtrace.article.TextNormalizer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * PolNeAR (Newell, Margolin and Ruths, LREC 2018) as the benchmark reads it: one article per
 * {@code <split>/text/<doc>.txt}, its attribution relations from the first annotator's
 * {@code attributions/<doc>_<annotator>.ann} (brat standoff), offsets moved onto the text as the app stores it
 * after import ({@link TextNormalizer}). The corpus is never copied into the project: the folder comes from
 * {@code -Dpolnear.dir}, default {@code ../shared/eval/polnear}.
 */
final class PolnearCorpus {

    static final String WHERE_TO_GET_IT = "PolNeAR is public: https://github.com/networkdynamics/PolNeAR "
            + "(data/train, data/dev and data/metadata.tsv into one folder; pass it as -Dpolnear.dir=…)";

    /** One marked relation: content from the start of its first content span to the end of its last. */
    record Relation(int contentStart, int contentEnd, String cue, String source, String rawContent, int cueStart,
            int cueEnd) {

        boolean marksSource() {
            return !source.isBlank();
        }
    }

    /** {@code misaligned} counts relations whose content reads differently after normalisation: should be 0. */
    record Article(String name, String outlet, String text, List<Relation> relations, int misaligned) {
    }

    /** The outlet names the app would hold for PolNeAR's seven publishers. */
    private static final Map<String, String> OUTLETS = Map.of(
            "breitbart", "Breitbart News",
            "huff-post", "The Huffington Post",
            "nyt", "The New York Times",
            "politico", "Politico",
            "usa-today", "USA Today",
            "wash-post", "The Washington Post",
            "west-journal", "Western Journalism");

    private PolnearCorpus() {
    }

    /**
     * For the benchmarks that train on PolNeAR: the corpus folder when its train split is there, with OpenNLP's
     * trainer (which logs every iteration at INFO) quietened; otherwise says where to get the corpus.
     */
    static java.util.Optional<Path> forTraining() {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("opennlp")).setLevel(ch.qos.logback.classic.Level.WARN);
        Path folder = folder();
        if (Files.isDirectory(folder.resolve("train").resolve("text"))) {
            return java.util.Optional.of(folder);
        }
        System.out.println("No PolNeAR train split at " + folder.toAbsolutePath().normalize() + ". " + WHERE_TO_GET_IT);
        return java.util.Optional.empty();
    }

    static Path folder() {
        var given = System.getProperty("polnear.dir", "");
        return Path.of(given.isBlank() ? "../shared/eval/polnear" : given);
    }

    static List<Article> read(Path folder, String split) throws IOException {
        Path texts = folder.resolve(split).resolve("text");
        Path annotations = folder.resolve(split).resolve("attributions");
        Map<String, String> publishers = publishers(folder.resolve("metadata.tsv"));
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(texts)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
                Path ann = firstAnnotator(annotations, name);
                if (ann == null) {
                    continue;
                }
                String raw = Files.readString(file, StandardCharsets.UTF_8);
                String text = TextNormalizer.normalize(raw);
                int[] map = OffsetMap.build(raw, text);
                String outlet = OUTLETS.getOrDefault(publishers.getOrDefault(name, ""), "");
                List<Relation> relations = relations(Files.readAllLines(ann), raw, map);
                int misaligned = 0;
                for (Relation r : relations) {
                    if (!sameWords(text.substring(r.contentStart(), r.contentEnd()), r.rawContent())) {
                        misaligned++;
                    }
                }
                articles.add(new Article(name, outlet, text, relations, misaligned));
            }
        }
        return articles;
    }

    private static Map<String, String> publishers(Path metadata) throws IOException {
        Map<String, String> byName = new HashMap<>();
        if (!Files.exists(metadata)) {
            return byName;
        }
        for (String line : Files.readAllLines(metadata)) {
            String[] f = line.split("\t", -1);
            if (f.length > 4) {
                byName.put(f[1], f[4]);
            }
        }
        return byName;
    }

    /** The first annotator in alphabetical order, as the issue defines the scoring. */
    private static Path firstAnnotator(Path folder, String name) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> {
                String f = p.getFileName().toString();
                return f.startsWith(name + "_") && f.endsWith(".ann")
                        && f.substring(name.length() + 1, f.length() - 4).matches("[0-9a-f]+");
            }).min(Comparator.comparing(p -> p.getFileName().toString())).orElse(null);
        }
    }

    private record Spans(String type, int start, int end, String text) {
    }

    private static List<Relation> relations(List<String> lines, String raw, int[] map) {
        Map<String, Spans> spans = new HashMap<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length < 2 || !f[0].startsWith("T")) {
                continue;
            }
            String[] typeAndRanges = f[1].split(" ", 2);
            int start = Integer.MAX_VALUE;
            int end = -1;
            StringBuilder words = new StringBuilder();
            for (String range : typeAndRanges[1].split(";")) {
                String[] se = range.strip().split(" ");
                int s = Integer.parseInt(se[0]);
                int e = Integer.parseInt(se[1]);
                start = Math.min(start, s);
                end = Math.max(end, e);
                words.append(words.isEmpty() ? "" : " ").append(raw, s, e);
            }
            spans.put(f[0], new Spans(typeAndRanges[0], start, end, words.toString()));
        }
        List<Relation> relations = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length < 2 || !f[0].startsWith("E")) {
                continue;
            }
            int contentStart = Integer.MAX_VALUE;
            int contentEnd = -1;
            String cue = "";
            String source = "";
            int cueStart = -1;
            int cueEnd = -1;
            for (String role : f[1].strip().split(" ")) {
                String[] rt = role.split(":");
                Spans s = rt.length == 2 ? spans.get(rt[1]) : null;
                if (s == null) {
                    continue;
                }
                if (rt[0].startsWith("Content")) {
                    contentStart = Math.min(contentStart, s.start());
                    contentEnd = Math.max(contentEnd, s.end());
                } else if (rt[0].equals("Cue")) {
                    cue = s.text();
                    cueStart = map[s.start()];
                    cueEnd = map[s.end()];
                } else if (rt[0].equals("Source")) {
                    source = s.text();
                }
            }
            if (contentEnd > contentStart) {
                int start = map[contentStart];
                int end = map[contentEnd];
                if (end > start) {
                    relations.add(new Relation(start, end, cue, source, raw.substring(contentStart, contentEnd),
                            cueStart, cueEnd));
                }
            }
        }
        relations.sort(Comparator.comparingInt(Relation::contentStart));
        return relations;
    }

    private static boolean sameWords(String normalised, String raw) {
        String a = normalised.replaceAll("\\s+", " ").strip();
        String b = java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
        return a.equals(b);
    }

    /**
     * Where each offset of the raw file lands in the normalised text. Normalising only drops characters
     * (trailing blanks, extra blank lines, control characters, the ends) and composes accents (NFC), so a
     * walk that skips what was dropped and pairs the rest keeps every marked span on the same words.
     */
    static final class OffsetMap {

        private OffsetMap() {
        }

        static int[] build(String raw, String normalised) {
            int[] map = new int[raw.length() + 1];
            int j = 0;
            for (int i = 0; i < raw.length(); i++) {
                map[i] = j;
                char r = raw.charAt(i);
                if (j < normalised.length() && r == normalised.charAt(j)) {
                    j++;
                } else if (!droppable(r) && j < normalised.length()) {
                    j++; // a base letter composed with the accent that follows it
                }
            }
            map[raw.length()] = j;
            return map;
        }

        private static boolean droppable(char c) {
            return Character.isWhitespace(c) || Character.isISOControl(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK;
        }
    }
}
