package org.claimtrace.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.claimtrace.matching.SentenceEmbedder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** Each text goes through the embedding model once; after a restart its vector comes from the database. */
@SpringBootTest
@ActiveProfiles("test")
class StoredEmbeddingsTest {

    private static SentenceEmbedder model;

    @Autowired
    DataSource dataSource;

    @BeforeAll
    static void loadModel() {
        model = SentenceEmbedder.allMiniLmL6V2();
    }

    @Test
    void aTextIsEmbeddedOnceAndReadBackAfterARestart() {
        var store = new StoredEmbeddings(dataSource);
        String quote = "Kim Jong Un reportedly plans to travel to Russia " + UUID.randomUUID();
        String headline = "Kim Jong Un to meet Vladimir Putin " + UUID.randomUUID();

        var first = store.documents(model, List.of(quote, headline, quote));

        assertThat(store.computed()).as("the repeated quote is embedded once").isEqualTo(2);
        assertThat(first.get(2)).containsExactly(first.get(0));
        assertThat(first.get(0)).hasSize(384).containsExactly(model.embedDocuments(List.of(quote)).getFirst(), within(1e-5f));

        var afterRestart = new StoredEmbeddings(dataSource);
        var again = afterRestart.documents(model, List.of(headline, quote));

        assertThat(afterRestart.computed()).isZero();
        assertThat(again.get(0)).containsExactly(first.get(1));
        assertThat(again.get(1)).containsExactly(first.get(0));

        var edited = afterRestart.documents(model, List.of(quote + ", officials said"));
        assertThat(afterRestart.computed()).as("an edited quote is a new text").isEqualTo(1);
        assertThat(edited.getFirst()).isNotEqualTo(first.get(0));
    }

    @Test
    void storedVectorsAreFoundThroughAnIndexOnTheirHashNotByScanningEveryVectorOfTheModel() {
        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        boolean postgres = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
                c.getMetaData().getDatabaseProductName().equals("PostgreSQL")));
        if (postgres) {
            // a test table is small enough for PostgreSQL to prefer reading it whole: the question is whether the
            // index can serve the look-up, so sequential scans are priced out for this one plan
            var plan = jdbc.execute((java.sql.Connection c) -> {
                try (var statement = c.createStatement()) {
                    statement.execute("SET enable_seqscan = off");
                }
                try (var explain = c.prepareStatement("EXPLAIN " + StoredEmbeddings.lookup(3))) {
                    for (int i = 1; i <= 3; i++) {
                        explain.setString(i, Character.toString('a' + i));
                    }
                    var lines = new StringBuilder();
                    try (var rows = explain.executeQuery()) {
                        while (rows.next()) {
                            lines.append(rows.getString(1)).append('\n');
                        }
                    }
                    return lines.toString();
                } finally {
                    try (var statement = c.createStatement()) {
                        statement.execute("RESET enable_seqscan");
                    }
                }
            });
            assertThat(plan).containsIgnoringCase("ix_sentence_vector_text").doesNotContainIgnoringCase("Seq Scan");
        } else {
            var plan = jdbc.queryForObject("EXPLAIN " + StoredEmbeddings.lookup(3), String.class, "a", "b", "c");
            assertThat(plan).containsIgnoringCase("IX_SENTENCE_VECTOR_TEXT: TEXT_SHA256 IN")
                    .doesNotContainIgnoringCase("tableScan");
        }
    }

    @Test
    void aTextTheModelCannotTakeIsSkippedAndCountedAndTheOthersStillGetTheirVectors() {
        var store = new StoredEmbeddings(dataSource);
        // as the shipped model did with a quote that was only a lone surrogate: the whole batch refused
        var refusesSurrogates = new dev.langchain4j.model.embedding.EmbeddingModel() {
            @Override
            public dev.langchain4j.model.output.Response<List<dev.langchain4j.data.embedding.Embedding>> embedAll(
                    List<dev.langchain4j.data.segment.TextSegment> segments) {
                if (segments.stream().anyMatch(s -> s.text().chars().anyMatch(c -> Character.isSurrogate((char) c)))) {
                    throw new IllegalArgumentException("Cannot tokenize");
                }
                return dev.langchain4j.model.output.Response.from(segments.stream()
                        .map(s -> dev.langchain4j.data.embedding.Embedding.from(model.embedDocuments(List.of(s.text())).getFirst())).toList());
            }
        };
        var picky = new SentenceEmbedder("picky-" + UUID.randomUUID(), refusesSurrogates, "", "");
        var good = "Officials said the dam held " + UUID.randomUUID();
        var vectors = store.documents(picky, List.of(good, "\uDE00", "Engineers inspected it " + UUID.randomUUID()));

        assertThat(vectors.get(0)).hasSize(384);
        assertThat(vectors.get(1)).isNull();
        assertThat(vectors.get(2)).hasSize(384);
        assertThat(store.skipped()).isEqualTo(1);
        assertThat(store.computed()).isEqualTo(2);
    }

    @Test
    void theShippedModelGivesEveryOtherTextItsVectorBesideALoneSurrogate() {
        var store = new StoredEmbeddings(dataSource);
        var vectors = store.documents(model, List.of("Officials said " + UUID.randomUUID(), "\uDE00 the rocket " + UUID.randomUUID()));
        assertThat(vectors.get(0)).hasSize(384);
        assertThat(store.computed() + store.skipped()).isEqualTo(2);
    }
}
