package org.claimtrace.exchange;

import jakarta.validation.Validator;
import org.claimtrace.article.ArticleService;
import org.claimtrace.attribution.AttributionTag;
import org.claimtrace.attribution.TagsetService;
import org.claimtrace.claim.ClaimImport;
import org.claimtrace.claim.ImportedAnnotation;
import org.claimtrace.security.CurrentUser;
import org.claimtrace.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Imports annotations.csv and W3C Web Annotation JSON-LD, all or nothing. The file is read twice: first
 * every row is checked and every problem collected (nothing is written); only a clean file is read again
 * and stored, in chunks, in one transaction. Memory stays flat however long the file.
 */
@Service
@PreAuthorize(Role.Names.CAN_EDIT)
public class ImportService {

    private static final int CHUNK = 500;

    private final ArticleService articles;
    private final TagsetService tagset;
    private final ClaimImport claimImport;
    private final Validator validator;
    private final CurrentUser currentUser;
    private final Clock clock;

    ImportService(ArticleService articles, TagsetService tagset, ClaimImport claimImport, Validator validator,
                  CurrentUser currentUser, Clock clock) {
        this.articles = articles;
        this.tagset = tagset;
        this.claimImport = claimImport;
        this.validator = validator;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * @param restoreFormulas undo {@link FormulaGuard} on CSV cells (the file was exported with formulas
     *                        neutralised, the default)
     * @throws FileRejectedException with every problem found; nothing was imported
     */
    @Transactional
    public ImportResult importAnnotations(Path file, boolean restoreFormulas, Progress progress) {
        int first = ImportFiles.check(file);
        boolean json = first == '{' || first == '[';
        var tags = tagset.list();
        var codes = tags.stream().map(AttributionTag::getCode).collect(Collectors.toCollection(java.util.TreeSet::new));
        var checker = new RowChecker(articles, codes, validator, currentUser.name(), clock.instant());
        Source source = json
                ? (rows, rowProblems) -> WebAnnotationSource.read(file, tag -> typeOfTag(tags, tag), rows)
                : (rows, rowProblems) -> CsvAnnotationSource.read(file, restoreFormulas, rows, rowProblems);

        var problems = new ArrayList<RowProblem>();
        var notes = new ArrayList<RowProblem>();
        long[] counts = new long[4];
        var claimTexts = new HashMap<String, String>();
        source.read(row -> {
            counts[0]++;
            var checked = checker.check(row);
            checked.problems().forEach(p -> add(problems, p, counts));
            if (checked.annotation() != null) {
                sameClaimText(row, checked.annotation(), claimTexts).ifPresent(p -> add(problems, p, counts));
                if (row.notice() != null) {
                    counts[3]++;
                    if (notes.size() < FileRejectedException.LISTED) {
                        notes.add(new RowProblem(row.line(), AnnotationColumn.ATTRIBUTION_TYPE.header(), row.notice()));
                    }
                }
                if (checked.reanchored()) {
                    counts[2]++;
                    if (notes.size() < FileRejectedException.LISTED) {
                        notes.add(new RowProblem(row.line(), AnnotationColumn.QUOTE.header(),
                                "Re-anchored by its quote (now at " + checked.annotation().anchor().start() + "\u2013"
                                        + checked.annotation().anchor().end() + ")."));
                    }
                }
            }
        }, problem -> {
            counts[0] += problem.line() == null ? 0 : 1;
            add(problems, problem, counts);
        });
        if (counts[1] > 0) {
            throw new FileRejectedException("Nothing was imported: " + counts[1] + " problem" + (counts[1] == 1 ? "" : "s")
                    + " in " + counts[0] + " row" + (counts[0] == 1 ? "" : "s") + ". Fix " + (counts[1] == 1 ? "it" : "them") + " and import the file again.",
                    problems, counts[1]);
        }
        if (counts[0] == 0) {
            throw FileRejectedException.of("The file holds no annotations.");
        }
        return store(source, checker, counts, notes, progress);
    }

    private ImportResult store(Source source, RowChecker checker, long[] counts,
                               List<RowProblem> notes, Progress progress) {
        var claimIds = new HashMap<String, Long>();
        var chunk = new ArrayList<ImportedAnnotation>(CHUNK);
        long[] stored = new long[2];
        long[] read = {0};
        source.read(row -> {
            chunk.add(checker.check(row).annotation());
            progress.row(++read[0]);
            if (chunk.size() == CHUNK) {
                save(chunk, claimIds, stored);
            }
        }, problem -> {
            throw new IllegalStateException("The file changed while it was imported: " + problem);
        });
        save(chunk, claimIds, stored);
        return new ImportResult(counts[0], stored[0], stored[1], counts[2], counts[3], notes);
    }

    private void save(List<ImportedAnnotation> chunk, java.util.Map<String, Long> claimIds, long[] stored) {
        if (!chunk.isEmpty()) {
            var saved = claimImport.save(chunk, claimIds);
            stored[0] += saved.stored();
            stored[1] += saved.alreadyPresent();
            chunk.clear();
        }
    }

    /** Rows of one claim must agree on its short text, or we would not know which to keep. */
    private static Optional<RowProblem> sameClaimText(SourceRow row, ImportedAnnotation annotation, java.util.Map<String, String> texts) {
        if (annotation.fileClaimId() == null) {
            return Optional.empty();
        }
        var earlier = texts.putIfAbsent(annotation.fileClaimId(), annotation.claimShortText());
        return earlier == null || earlier.equals(annotation.claimShortText()) ? Optional.empty()
                : Optional.of(new RowProblem(row.line(), AnnotationColumn.CLAIM_SHORT_TEXT.header(), "Claim " + annotation.fileClaimId()
                + " has another short text on an earlier row (\u201c" + earlier + "\u201d)."));
    }

    private static void add(List<RowProblem> problems, RowProblem problem, long[] counts) {
        counts[1]++;
        if (problems.size() < FileRejectedException.LISTED) {
            problems.add(problem);
        }
    }

    private static Optional<String> typeOfTag(List<AttributionTag> tags, String tag) {
        var wanted = tag.strip().toLowerCase(Locale.ROOT);
        return tags.stream().filter(t -> t.getCode().toLowerCase(Locale.ROOT).equals(wanted)
                || t.getName().toLowerCase(Locale.ROOT).equals(wanted)).map(AttributionTag::getCode).findFirst();
    }

    /** A file read row by row; the second pass must see what the first one checked. */
    @FunctionalInterface
    private interface Source {
        void read(Consumer<SourceRow> rows, Consumer<RowProblem> problems);
    }
}
