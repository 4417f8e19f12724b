package org.claimtrace.matching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public CLEF 2020 CheckThat! Task 2 data (verified claim retrieval), version 3: the {@code data/v3.zip} of
 * the lab's GitHub repository {@code sshaar/clef2020-factchecking-task2}, unpacked into one folder holding
 * {@code verified_claims.docs.tsv}, {@code train/} and {@code dev/} (each with {@code tweets.queries.tsv} and
 * {@code tweet-vclaim-pairs.qrels}). The folder is {@code -Dcheckthat.dir=…}; without it, the team's shared copy
 * beside the project. The data is not copied into the project.
 */
final class CheckThatData {

    static final String DEFAULT_FOLDER = "../shared/eval/checkthat2020";

    record VerifiedClaim(String id, String text, String title) {
    }

    record Query(String id, String text, Set<String> relevant) {
    }

    static Path folder() {
        var given = System.getProperty("checkthat.dir", "");
        var folder = Path.of(given.isBlank() ? DEFAULT_FOLDER : given);
        if (!Files.isRegularFile(folder.resolve("verified_claims.docs.tsv"))) {
            throw new IllegalStateException("No CheckThat! 2020 Task 2 data in " + folder.toAbsolutePath()
                    + ": unpack data/v3.zip of the GitHub repository sshaar/clef2020-factchecking-task2 and run with"
                    + " -Dcheckthat.dir=FOLDER");
        }
        return folder;
    }

    static List<VerifiedClaim> verifiedClaims() throws IOException {
        var claims = new ArrayList<VerifiedClaim>();
        for (List<String> row : TabSeparatedFile.rows(folder().resolve("verified_claims.docs.tsv"), true)) {
            if (row.size() >= 2 && !row.get(0).isBlank()) {
                claims.add(new VerifiedClaim(row.get(0).strip(), row.get(1).strip(), row.size() > 2 ? row.get(2).strip() : ""));
            }
        }
        return claims;
    }

    static List<Query> queries(String split) throws IOException {
        Map<String, Set<String>> qrels = new HashMap<>();
        for (String line : Files.readAllLines(folder().resolve(split).resolve("tweet-vclaim-pairs.qrels"))) {
            String[] f = line.strip().split("\\s+");
            if (f.length >= 4 && !f[3].equals("0")) {
                qrels.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[2]);
            }
        }
        var queries = new ArrayList<Query>();
        for (List<String> row : TabSeparatedFile.rows(folder().resolve(split).resolve("tweets.queries.tsv"), true)) {
            if (row.size() >= 2 && qrels.containsKey(row.get(0).strip())) {
                queries.add(new Query(row.get(0).strip(), row.get(1), qrels.get(row.get(0).strip())));
            }
        }
        return queries;
    }
}
