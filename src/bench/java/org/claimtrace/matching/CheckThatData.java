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

/** The CLEF 2020 CheckThat! Task 2 files in ../shared/eval/checkthat2020 (or -Dcheckthat.dir). */
final class CheckThatData {

    record VerifiedClaim(String id, String text, String title) {
    }

    record Query(String id, String text, Set<String> relevant) {
    }

    static Path folder() {
        return Path.of(System.getProperty("checkthat.dir", "../shared/eval/checkthat2020"));
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
