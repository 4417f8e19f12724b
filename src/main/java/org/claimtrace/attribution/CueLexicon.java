package org.claimtrace.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Our word lists for attribution: verbs of saying and their stance, hedges, passive "by" cues, and the
 * words that tell one kind of source from another. Read from {@code cue-lexicon.txt} beside this class so
 * that an editor can extend it without touching code.
 */
final class CueLexicon {

    static final String RESOURCE = "cue-lexicon.txt";

    private final Map<String, PhraseList> sections;

    private CueLexicon(Map<String, PhraseList> sections) {
        this.sections = sections;
    }

    static CueLexicon load() {
        try (InputStream in = CueLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CueLexicon parse(String content) {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        String section = null;
        try (BufferedReader reader = new BufferedReader(new java.io.StringReader(content))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (entry.startsWith("[") && entry.endsWith("]")) {
                    section = entry.substring(1, entry.length() - 1);
                    raw.computeIfAbsent(section, k -> new ArrayList<>());
                } else if (section == null) {
                    throw new IllegalArgumentException("entry before any [section]: " + entry);
                } else {
                    raw.get(section).add(entry.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, PhraseList> sections = new LinkedHashMap<>();
        raw.forEach((name, entries) -> sections.put(name, new PhraseList(entries)));
        return new CueLexicon(sections);
    }

    PhraseList section(String name) {
        PhraseList list = sections.get(name);
        if (list == null) {
            throw new IllegalArgumentException("no lexicon section [" + name + "]");
        }
        return list;
    }

    /** What kind of report a cue verb makes: it decides what the verb needs around it to be an attribution. */
    enum CueKind {
        /** "said", "told", "argued": content is what was said. */
        SAYING,
        /** "called", "accused", "praised": content is what is judged. */
        JUDGING,
        /** "believes", "fears", "denied": only with a clause for content. */
        CLAUSE_ONLY,
        /** "found", "shows": only with a poll, study or record for source. */
        FINDING,
        /** Not in the lexicon; {@link CueModel} judged it a cue in its sentence ("endorsed", "believe"). */
        LEARNED
    }

    record CueVerb(CueKind kind, Stance stance) {
    }

    /** The kind and stance of a cue verb form, or empty when the word is none. */
    Optional<CueVerb> cueVerb(String word) {
        Optional<Stance> saying = sayingVerb(word);
        if (saying.isPresent()) {
            return Optional.of(new CueVerb(CueKind.SAYING, saying.get()));
        }
        if (section("judging").contains(word)) {
            return Optional.of(new CueVerb(CueKind.JUDGING, Stance.NEUTRAL));
        }
        if (section("clause-only").contains(word)) {
            return Optional.of(new CueVerb(CueKind.CLAUSE_ONLY, Stance.NEUTRAL));
        }
        if (section("finding").contains(word)) {
            return Optional.of(new CueVerb(CueKind.FINDING, Stance.NEUTRAL));
        }
        return Optional.empty();
    }

    /** The stance a verb of saying gives, or empty when the word is not one. */
    Optional<Stance> sayingVerb(String word) {
        if (section("saying.neutral").contains(word)) {
            return Optional.of(Stance.NEUTRAL);
        }
        if (section("saying.committing").contains(word)) {
            return Optional.of(Stance.COMMITTING);
        }
        if (section("saying.distancing").contains(word)) {
            return Optional.of(Stance.DISTANCING);
        }
        return Optional.empty();
    }

    PhraseList refusals() {
        return section("refusal");
    }

    PhraseList hedges() {
        return section("hedge");
    }

    PhraseList distancing() {
        return section("distancing");
    }

    PhraseList releasedBy() {
        return section("released-by");
    }

    PhraseList reviewedBy() {
        return section("reviewed-by");
    }

    PhraseList socialPlatforms() {
        return section("social-platform");
    }

    PhraseList stateMedia() {
        return section("state-media");
    }

    PhraseList outlets() {
        return section("outlet");
    }

    PhraseList ownReporting() {
        return section("own-reporting");
    }

    PhraseList intelligence() {
        return section("intelligence");
    }

    PhraseList documents() {
        return section("document");
    }

    PhraseList anonymousHeads() {
        return section("anonymous");
    }

    PhraseList anonymousDescriptions() {
        return section("anonymous-description");
    }

    PhraseList anonymityReasons() {
        return section("anonymity-reason");
    }

    PhraseList broadAffiliations() {
        return section("broad-affiliation");
    }

    PhraseList personTitles() {
        return section("person-title");
    }

    PhraseList institutions() {
        return section("institution");
    }
}
