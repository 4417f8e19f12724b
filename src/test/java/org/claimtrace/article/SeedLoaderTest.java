package org.claimtrace.article;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(roles = "VIEWER")
class SeedLoaderTest {

    @Autowired
    SeedLoader seedLoader;
    @Autowired
    ArticleService articles;

    @Test
    void bothSeedsAreLoadedWithTheirMetadataAndTheNormalisedFileText() throws Exception {
        var nytText = TextNormalizer.normalize(Files.readString(Path.of("seeds/000_f4194aa40a5762b1.txt"), StandardCharsets.UTF_8));
        var nyt = articles.findByText(nytText).orElseThrow();
        assertThat(nyt.getText()).isEqualTo(nytText);
        assertThat(nyt.getOutlet().getName()).isEqualTo("The New York Times");
        assertThat(nyt.getByline()).isEqualTo("Edward Wong and Julian E. Barnes");
        assertThat(nyt.getCreatedBy()).isEqualTo("system");
        var gzeroText = Files.readString(Path.of("seeds/004_67ecabca6ce82094.txt"), StandardCharsets.UTF_8);
        var gzero = articles.findByText(gzeroText).orElseThrow();
        assertThat(gzero.getHeadline()).isEqualTo("Kim Jong Un to meet Vladimir Putin");
        assertThat(gzero.getText()).contains("Kim Jong Un reportedly plans to travel to Russia")
                .contains("More from GZERO Media");
    }

    @Test
    void runningTheSeederAgainAddsNothing() throws Exception {
        long before = articles.count();
        seedLoader.run(new DefaultApplicationArguments());
        seedLoader.run(new DefaultApplicationArguments());
        assertThat(articles.count()).isEqualTo(before);
        assertThat(articles.search("GZERO", PageRequest.of(0, 10)).getContent())
                .filteredOn(s -> s.outletName().equals("GZERO Media")).hasSize(1);
    }
}
