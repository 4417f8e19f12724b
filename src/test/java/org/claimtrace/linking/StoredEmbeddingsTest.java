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
}
