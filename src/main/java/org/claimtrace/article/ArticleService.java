package org.claimtrace.article;

import org.claimtrace.base.NotFoundException;
import org.claimtrace.security.CurrentUser;
import org.claimtrace.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.Names.CAN_READ)
public class ArticleService {

    private final ArticleRepository articles;
    private final OutletService outlets;
    private final ArticleDraftValidator validator;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ObjectProvider<ClaimCounter> claimCounter;
    private final ArticleRevisionRepository revisions;
    private final ApplicationEventPublisher events;
    private final NearDuplicates nearDuplicates;

    ArticleService(ArticleRepository articles, OutletService outlets, ArticleDraftValidator validator,
                   CurrentUser currentUser, Clock clock, ObjectProvider<ClaimCounter> claimCounter,
                   ArticleRevisionRepository revisions, ApplicationEventPublisher events, NearDuplicates nearDuplicates) {
        this.articles = articles;
        this.nearDuplicates = nearDuplicates;
        this.revisions = revisions;
        this.events = events;
        this.claimCounter = claimCounter;
        this.outlets = outlets;
        this.validator = validator;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Articles whose headline, outlet or text contains the filter (case-insensitive); all when it is blank. */
    public Slice<ArticleSummary> search(String filter, Pageable requested) {
        // Undated articles last, on H2 and PostgreSQL alike (their default null ordering differs); the id
        // breaks ties, so pages fetched one after another never repeat or skip an article.
        var orders = new java.util.ArrayList<>(requested.getSort().stream().map(Sort.Order::nullsLast).toList());
        orders.add(Sort.Order.desc("id"));
        var pageable = PageRequest.of(requested.getPageNumber(), requested.getPageSize(), Sort.by(orders));
        var page = filter == null || filter.isBlank() ? articles.findSummaries(pageable)
                : articles.searchSummaries(likePattern(filter), pageable);
        var counter = claimCounter.getIfAvailable();
        if (counter == null || page.isEmpty()) {
            return page;
        }
        var counts = counter.countByArticle(page.map(ArticleSummary::id).toList());
        return page.map(s -> s.withClaimCount(counts.getOrDefault(s.id(), 0L)));
    }

    public Optional<Article> find(long id) {
        return articles.findWithOutlet(id);
    }

    public boolean exists(long id) {
        return articles.existsById(id);
    }

    public Optional<Article> findByText(String text) {
        return articles.findByContentHash(ContentHash.of(TextNormalizer.normalize(text)));
    }

    /** An article by the SHA-256 of its current text (stable across installs, unlike ids). */
    public Optional<Article> findByContentHash(String contentHash) {
        return articles.findByContentHash(contentHash);
    }

    /** The article at this address; the first stored if several share it. */
    public Optional<Article> findByUrl(String url) {
        return articles.findByUrl(url).stream().findFirst();
    }

    public long count() {
        return articles.count();
    }

    /**
     * Validates, normalises and stores an article. Refuses with every reason at once, storing nothing,
     * when the draft is incomplete, the text is empty or too long, the URL is not http(s), or the same
     * text is already stored.
     */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public Article importArticle(ArticleDraft draft) {
        var text = validator.validate(draft);
        var hash = ContentHash.of(text);
        var existing = articles.findByContentHash(hash);
        if (existing.isPresent()) {
            throw new DuplicateArticleException(existing.get().getId(), existing.get().getHeadline());
        }
        var outlet = outlets.findOrCreate(draft.outletName().strip(), draft.newOutletKind());
        var article = new Article(outlet, draft.headline().strip(), text, hash, clock.instant(), currentUser.name());
        article.setByline(blankToNull(draft.byline()));
        article.setPublished(draft.published());
        article.setUrl(blankToNull(draft.url()));
        article.setLanguage(draft.language() == null || draft.language().isBlank() ? "en" : draft.language().strip());
        nearDuplicates.of(text, articles).ifPresent(d -> article.markNearDuplicateOf(Long.parseLong(d.id()), d.jaccard()));
        var saved = articles.save(article);
        nearDuplicates.add(saved.getId(), text, articles);
        return saved;
    }

    /**
     * Stores a corrected text as the article's new revision; the old text stays readable. Annotations are
     * re-anchored by the claim feature, listening for {@link ArticleRevised} in this transaction.
     */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public Article revise(long articleId, String correctedText) {
        var article = articles.findWithOutlet(articleId)
                .orElseThrow(() -> NotFoundException.of("article", articleId));
        var text = validator.validateText(correctedText);
        if (text.equals(article.getText())) {
            throw ArticleRejectedException.of("This is the text already stored; nothing changed.");
        }
        var hash = ContentHash.of(text);
        var other = articles.findByContentHash(hash);
        if (other.isPresent()) {
            throw new DuplicateArticleException(other.get().getId(), other.get().getHeadline());
        }
        var old = article.getText();
        revisions.save(new ArticleRevision(articleId, article.getRevision(), old, article.getContentHash(),
                clock.instant(), currentUser.name()));
        article.revise(text, hash);
        articles.saveAndFlush(article);
        nearDuplicates.add(articleId, text, articles);
        events.publishEvent(new ArticleRevised(articleId, article.getRevision(), old, text));
        return article;
    }

    /** Earlier texts of the article, newest first. */
    public java.util.List<ArticleRevision> earlierRevisions(long articleId) {
        return revisions.findByArticleIdOrderByRevisionDesc(articleId);
    }

    static String likePattern(String filter) {
        var escaped = filter.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
