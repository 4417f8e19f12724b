package org.claimtrace.review;

import org.claimtrace.base.ConflictException;
import org.claimtrace.base.NewsroomDates;
import org.claimtrace.base.NotFoundException;
import org.claimtrace.base.RejectedException;
import org.claimtrace.base.live.Broadcaster;
import org.claimtrace.claim.Claim;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.claim.Verdict;
import org.claimtrace.history.Change;
import org.claimtrace.history.HistoryService;
import org.claimtrace.security.CurrentUser;
import org.claimtrace.security.Role;
import org.claimtrace.security.UserAccountService;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Review sessions: create, work through each claim (status, assignees, verdict with rationale and evidence,
 * comments), blind double review with settling of disagreements, agreement, and closing, which records each
 * reviewed claim's outcome on the claim. Reviewers who take part and administrators change a session; anyone who
 * can read sees it. Every change is in the history and reaches the open views of every node.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.Names.CAN_READ)
public class ReviewService {

    public static final int EVIDENCE_MAX = 20;
    private static final Pattern MENTION = Pattern.compile("(?<![\\w@])@([A-Za-z0-9._-]+[A-Za-z0-9_-])");

    private final ReviewSessionRepository sessions;
    private final ReviewItemRepository items;
    private final JudgmentRepository judgments;
    private final EvidenceRepository evidence;
    private final ReviewCommentRepository comments;
    private final ClaimService claims;
    private final UserAccountService users;
    private final HistoryService history;
    private final Broadcaster broadcaster;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReviewService(ReviewSessionRepository sessions, ReviewItemRepository items, JudgmentRepository judgments,
                  EvidenceRepository evidence, ReviewCommentRepository comments, ClaimService claims,
                  UserAccountService users, HistoryService history, Broadcaster broadcaster, CurrentUser currentUser,
                  Clock clock) {
        this.sessions = sessions;
        this.items = items;
        this.judgments = judgments;
        this.evidence = evidence;
        this.comments = comments;
        this.claims = claims;
        this.users = users;
        this.history = history;
        this.broadcaster = broadcaster;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // --- reading ---

    /** Every session, open ones first, newest first, with progress. */
    public List<SessionSummary> sessions() {
        var all = sessions.findAll();
        var counts = counts(all.stream().map(ReviewSession::getId).toList());
        return all.stream().map(s -> summary(s, counts.getOrDefault(s.getId(), Map.of())))
                .sorted(Comparator.comparing(SessionSummary::closed).thenComparing(SessionSummary::createdAt, Comparator.reverseOrder()))
                .toList();
    }

    public Optional<SessionSummary> session(long sessionId) {
        return sessions.findById(sessionId).map(s -> summary(s, counts(List.of(s.getId())).getOrDefault(s.getId(), Map.of())));
    }

    /** The session's claims in their order, as the current user may see them. */
    public List<ItemView> items(long sessionId) {
        var session = sessionOrThrow(sessionId);
        var list = items.findBySessionIdOrderByPosition(sessionId);
        var byItem = judgments.findByItemIdIn(list.stream().map(ReviewItem::getId).toList()).stream()
                .collect(Collectors.groupingBy(Judgment::getItemId));
        return list.stream().map(i -> view(session, i, byItem.getOrDefault(i.getId(), List.of()), false)).toList();
    }

    public ItemView item(long sessionId, long claimId) {
        var session = sessionOrThrow(sessionId);
        var item = itemOrThrow(sessionId, claimId);
        return view(session, item, judgments.findByItemIdOrderById(item.getId()), true);
    }

    public List<CommentView> comments(long sessionId, long claimId) {
        var item = itemOrThrow(sessionId, claimId);
        return comments.findByItemIdOrderById(item.getId()).stream().map(CommentView::of).toList();
    }

    /**
     * One item as stored, with its comments, its session's progress and (double review) agreement: read once on a
     * node when the item changed and shared by every open view of the session there, each of which sees only
     * {@link ItemSnapshot#viewFor} its own user. Empty when the item or its session is gone.
     */
    public Optional<ItemSnapshot> snapshot(long itemId) {
        var item = items.findById(itemId);
        if (item.isEmpty()) {
            return Optional.empty();
        }
        var found = sessions.findById(item.get().getSessionId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var session = found.get();
        var summary = summary(session, counts(List.of(session.getId())).getOrDefault(session.getId(), Map.of()));
        var thread = comments.findByItemIdOrderById(itemId).stream().map(CommentView::of).toList();
        return Optional.of(new ItemSnapshot(summary, stored(item.get(), judgments.findByItemIdOrderById(itemId), true), thread,
                session.isDoubleReview() ? agreement(session.getId()) : null));
    }

    /**
     * Agreement over the blind verdicts of a double review: kappa per pair, alpha and AC1 over all, each with the
     * claims it rests on and those left out (judged by one reviewer only). Only claims with both verdicts in
     * contribute values, so nothing blind is revealed.
     */
    public Agreement.Report agreement(long sessionId) {
        sessionOrThrow(sessionId);
        var itemIds = items.findBySessionIdOrderByPosition(sessionId).stream().map(ReviewItem::getId).toList();
        var units = new HashMap<Long, Map<String, String>>();
        judgments.findByItemIdIn(itemIds).forEach(j -> units.computeIfAbsent(j.getItemId(), k -> new HashMap<>())
                .put(j.getReviewer(), j.getVerdict().name()));
        return Agreement.of(new ArrayList<>(units.values()), Verdict.values().length);
    }

    /** What every session made of the claim, oldest session first: for the claim page and the sourcing report. */
    public List<ReviewOutcome> outcomesFor(long claimId) {
        var outcomes = new ArrayList<ReviewOutcome>();
        for (var item : items.findByClaimIdOrderBySessionId(claimId)) {
            var session = sessions.findById(item.getSessionId()).orElseThrow();
            var all = judgments.findByItemIdOrderById(item.getId());
            boolean visible = all.size() >= 2;
            var itemEvidence = evidenceOf(item.getId(), null);
            outcomes.add(new ReviewOutcome(session.getId(), session.getName(), session.isClosed(), session.isDoubleReview(),
                    item.getStatus(), item.getVerdict(), item.getRationale(), item.getDecidedBy(), item.getDecidedAt(),
                    item.getSettledBy(), itemEvidence, visible ? all.stream().map(this::judgmentView).toList() : List.of()));
        }
        return outcomes;
    }

    /** Comments that @mention the current user, newest first, with where they are. */
    public List<MentionView> myMentions(int limit) {
        var result = new ArrayList<MentionView>();
        for (var comment : comments.mentioning(currentUser.name(), Limit.of(limit))) {
            items.findById(comment.getItemId()).ifPresent(item -> sessions.findById(item.getSessionId()).ifPresent(session ->
                    result.add(new MentionView(comment.getId(), session.getId(), session.getName(), item.getClaimId(),
                            claimText(item.getClaimId()), comment.getAuthor(), comment.getBody(), comment.getCreatedAt()))));
        }
        return result;
    }

    /** Who may take part in a review: reviewers and administrators. */
    public List<String> eligibleReviewers() {
        return users.usernamesWithAnyRole(Set.of(Role.REVIEWER, Role.ADMIN));
    }

    /**
     * The review side of a claim's history, oldest first: its status, assignees and verdicts in each session,
     * evidence and comments; blind verdicts only once both are in.
     */
    public List<Change> historyOf(long claimId) {
        var changes = new ArrayList<Change>();
        for (var item : items.findByClaimIdOrderBySessionId(claimId)) {
            changes.addAll(history.of(ReviewItem.class, item.getId()));
            changes.addAll(history.whereValue(ReviewComment.class, "itemId", item.getId()));
            changes.addAll(history.whereValue(Evidence.class, "itemId", item.getId()));
            if (judgments.findByItemIdOrderById(item.getId()).size() >= 2) {
                changes.addAll(history.whereValue(Judgment.class, "itemId", item.getId()));
            }
        }
        changes.sort(Comparator.comparingLong(Change::revision));
        return changes;
    }

    // --- changing ---

    @Transactional
    @PreAuthorize(Role.Names.CAN_REVIEW)
    public ReviewSession create(NewSession draft) {
        var name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty() || name.length() > ReviewSession.NAME_MAX) {
            throw new RejectedException("A session's name has 1 to " + ReviewSession.NAME_MAX + " characters.");
        }
        var description = draft.description() == null || draft.description().isBlank() ? null : draft.description().strip();
        if (description != null && description.length() > ReviewSession.DESCRIPTION_MAX) {
            throw new RejectedException("A description has at most " + ReviewSession.DESCRIPTION_MAX + " characters.");
        }
        var claimIds = new LinkedHashSet<>(draft.claimIds() == null ? List.<Long>of() : draft.claimIds());
        if (claimIds.isEmpty()) {
            throw new RejectedException("Choose the claims the session reviews.");
        }
        for (var claimId : claimIds) {
            if (claims.find(claimId).isEmpty()) {
                throw new RejectedException("There is no claim " + claimId + "; it may have been merged or removed.");
            }
        }
        var participants = participants(draft.participants());
        if (draft.doubleReview() && participants.size() < 2) {
            throw new RejectedException("A double review needs at least two participants (three, to settle disagreements).");
        }
        var now = clock.instant();
        var user = currentUser.name();
        var session = sessions.save(new ReviewSession(name, description, draft.doubleReview(), participants, now, user));
        int position = 0;
        for (var claimId : claimIds) {
            items.save(new ReviewItem(session.getId(), claimId, ++position, now, user));
        }
        broadcaster.publish(Broadcaster.REVIEW_SESSION, session.getId());
        return session;
    }

    /**
     * Changes one claim of an open session: status, assignees, a verdict with its rationale and evidence (the
     * item's in a single review; the caller's own blind verdict, or the settling one, in a double review).
     * Refused: a stale version (409), a closed session (409), a verdict without rationale or unknown (422).
     */
    @Transactional
    @PreAuthorize(Role.Names.CAN_REVIEW)
    public ItemView update(long sessionId, long claimId, ItemChange change) {
        var session = openSession(sessionId);
        var item = itemOrThrow(sessionId, claimId);
        var user = participant(session);
        var now = clock.instant();
        var verdict = parseVerdict(change.verdict());
        var rationale = rationale(verdict, change.rationale());
        var links = change.evidence() == null ? null : evidenceLinks(change.evidence());
        boolean itemLevel = change.status() != null || change.assignees() != null;
        var all = judgments.findByItemIdOrderById(item.getId());

        if (session.isDoubleReview() && (verdict != null || links != null)) {
            boolean judge = all.stream().anyMatch(j -> j.getReviewer().equalsIgnoreCase(user));
            if (item.getStatus() == ItemStatus.DISPUTED && !judge) {
                settle(item, user, verdict, rationale, links, change.version(), now);
            } else {
                if (itemLevel) {
                    throw new RejectedException("Send your verdict and the claim's status or assignees in separate changes.");
                }
                judge(item, all, user, verdict, rationale, links, change.version(), now);
            }
        } else {
            if (item.getVersion() != change.version()) {
                throw ConflictException.staleVersion();
            }
            if (change.assignees() != null) {
                assign(session, item, change.assignees());
            }
            if (verdict != null || links != null) {
                decideSingle(item, user, verdict, rationale, links, now);
            }
            if (change.status() != null) {
                moveTo(session, item, change.status(), all);
            } else if (verdict != null && item.getStatus() == ItemStatus.UNSTARTED) {
                item.setStatus(ItemStatus.IN_PROGRESS);
            }
        }
        item.touch(now, user);
        items.saveAndFlush(item);
        if (item.getStatus() != ItemStatus.UNSTARTED) {
            claims.startReview(claimId);
        }
        broadcaster.publish(Broadcaster.REVIEW_ITEM, item.getId());
        return view(session, item, judgments.findByItemIdOrderById(item.getId()), true);
    }

    /** A comment in the claim's thread; the participants it @mentions find it in their Mentions. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_REVIEW)
    public CommentView comment(long sessionId, long claimId, String body) {
        var session = openSession(sessionId);
        var item = itemOrThrow(sessionId, claimId);
        var author = participant(session);
        var text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > ReviewComment.BODY_MAX) {
            throw new RejectedException("A comment has 1 to " + ReviewComment.BODY_MAX + " characters.");
        }
        var mentioned = new TreeSet<String>();
        var m = MENTION.matcher(text);
        while (m.find()) {
            var name = m.group(1);
            session.getParticipants().stream().filter(p -> p.equalsIgnoreCase(name)).findFirst().ifPresent(mentioned::add);
        }
        var saved = comments.save(new ReviewComment(item.getId(), author, text, mentioned, clock.instant()));
        broadcaster.publish(Broadcaster.REVIEW_ITEM, item.getId());
        return CommentView.of(saved);
    }

    /**
     * Closes the session: it is frozen, and each reviewed claim's verdict, rationale, reviewers and time are
     * recorded on the claim (what ClaimReview publishes). Claims not reviewed keep their state.
     */
    @Transactional
    @PreAuthorize(Role.Names.CAN_REVIEW)
    public SessionSummary close(long sessionId) {
        var session = openSession(sessionId);
        participant(session);
        for (var item : items.findBySessionIdOrderByPosition(sessionId)) {
            if (item.getStatus() == ItemStatus.REVIEWED && item.getVerdict() != null && claims.find(item.getClaimId()).isPresent()) {
                claims.recordReview(item.getClaimId(), item.getVerdict(), item.getRationale(), item.getDecidedBy(), item.getDecidedAt());
            }
        }
        session.close(clock.instant(), currentUser.name());
        sessions.saveAndFlush(session);
        broadcaster.publish(Broadcaster.REVIEW_SESSION, sessionId);
        return session(sessionId).orElseThrow();
    }

    // --- the rules ---

    private void judge(ReviewItem item, List<Judgment> all, String user, Verdict verdict, String rationale,
                       List<EvidenceLink> links, long version, java.time.Instant now) {
        if (item.getStatus() == ItemStatus.REVIEWED) {
            throw new ConflictException("This claim is already reviewed in this session; reopen it to change a verdict.");
        }
        var own = all.stream().filter(j -> j.getReviewer().equalsIgnoreCase(user)).findFirst();
        if (own.isEmpty()) {
            if (item.getAssignees().size() >= 2 && !item.isAssigned(user)) {
                throw new RejectedException("This claim is double-reviewed by " + String.join(" and ", item.getAssignees())
                        + "; you can settle it if they disagree.");
            }
            if (all.size() >= 2) {
                throw new RejectedException("Two reviewers have already given their verdicts on this claim.");
            }
            if (verdict == null) {
                throw new RejectedException("Give your verdict with its rationale first; evidence belongs to a verdict.");
            }
        }
        long current = own.map(Judgment::getVersion).orElse(0L);
        if (current != version) {
            throw ConflictException.staleVersion();
        }
        var judgment = own.orElseGet(() -> new Judgment(item.getId(), user, now));
        if (verdict != null) {
            judgment.judge(verdict, rationale, now);
        }
        judgment = judgments.saveAndFlush(judgment);
        if (links != null) {
            replaceEvidence(item.getId(), judgment.getId(), links, user, now);
        }
        if (!item.isAssigned(user) && item.getAssignees().size() < 2) {
            var assignees = item.getAssignees();
            assignees.add(user);
            item.assign(assignees);
        }
        var now2 = judgments.findByItemIdOrderById(item.getId());
        if (now2.size() >= 2) {
            var first = now2.get(0);
            var second = now2.get(1);
            if (first.getVerdict() == second.getVerdict()) {
                item.decide(first.getVerdict(), first.getReviewer() + ": " + first.getRationale() + "\n\n"
                                + second.getReviewer() + ": " + second.getRationale(),
                        first.getReviewer() + ", " + second.getReviewer(), now, null);
                item.setStatus(ItemStatus.REVIEWED);
            } else {
                item.clearDecision();
                item.setStatus(ItemStatus.DISPUTED);
            }
        } else {
            item.setStatus(ItemStatus.IN_PROGRESS);
        }
    }

    private void settle(ReviewItem item, String user, Verdict verdict, String rationale, List<EvidenceLink> links,
                        long version, java.time.Instant now) {
        if (item.getVersion() != version) {
            throw ConflictException.staleVersion();
        }
        if (verdict == null) {
            throw new RejectedException("Settle the disagreement with a verdict and its rationale.");
        }
        item.decide(verdict, rationale, user, now, user);
        item.setStatus(ItemStatus.REVIEWED);
        if (links != null) {
            replaceEvidence(item.getId(), null, links, user, now);
        }
    }

    private void decideSingle(ReviewItem item, String user, Verdict verdict, String rationale, List<EvidenceLink> links,
                              java.time.Instant now) {
        if (item.getStatus() == ItemStatus.REVIEWED && verdict != null) {
            throw new ConflictException("This claim is already reviewed in this session; reopen it to change the verdict.");
        }
        if (verdict != null) {
            item.decide(verdict, rationale, user, now, null);
        }
        if (links != null) {
            replaceEvidence(item.getId(), null, links, user, now);
        }
    }

    private void moveTo(ReviewSession session, ReviewItem item, ItemStatus status, List<Judgment> all) {
        switch (status) {
            case UNSTARTED -> {
                if (item.getVerdict() != null || !all.isEmpty()) {
                    throw new RejectedException("A claim with a verdict cannot go back to unstarted; reopen it instead.");
                }
            }
            case IN_PROGRESS -> {
                if (item.getStatus() == ItemStatus.REVIEWED || item.getStatus() == ItemStatus.DISPUTED) {
                    // reopening: a double review waits for its reviewers again; a single one keeps its verdict as a draft
                    if (session.isDoubleReview()) {
                        item.clearDecision();
                    }
                }
            }
            case REVIEWED -> {
                if (session.isDoubleReview()) {
                    throw new RejectedException("In a double review a claim is reviewed when both verdicts agree or a third "
                            + "reviewer settles their disagreement.");
                }
                if (item.getVerdict() == null) {
                    throw new RejectedException("Give a verdict with its rationale before marking the claim reviewed.");
                }
            }
            case DISPUTED -> throw new RejectedException("A claim is disputed only when two blind verdicts differ.");
        }
        item.setStatus(status);
    }

    private void assign(ReviewSession session, ReviewItem item, Set<String> wanted) {
        var canonical = new TreeSet<String>();
        for (var name : wanted) {
            canonical.add(session.getParticipants().stream().filter(p -> p.equalsIgnoreCase(name.strip())).findFirst()
                    .orElseThrow(() -> new RejectedException(name + " does not take part in this session; add only participants.")));
        }
        if (session.isDoubleReview() && canonical.size() > 2) {
            throw new RejectedException("A double review assigns two reviewers to a claim; a third settles disagreements.");
        }
        item.assign(canonical);
    }

    private void replaceEvidence(long itemId, Long judgmentId, List<EvidenceLink> links, String user, java.time.Instant now) {
        evidence.findByItemIdOrderByPosition(itemId).stream()
                .filter(e -> java.util.Objects.equals(e.getJudgmentId(), judgmentId)).forEach(evidence::delete);
        evidence.flush();
        int position = 0;
        for (var link : links) {
            evidence.save(new Evidence(itemId, judgmentId, ++position, link, user, now));
        }
    }

    private static Verdict parseVerdict(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Verdict.parse(text).orElseThrow(() -> new RejectedException("\u201c" + text + "\u201d is not a verdict; choose one of "
                + Arrays.stream(Verdict.values()).map(Verdict::label).collect(Collectors.joining(", ")) + "."));
    }

    private static String rationale(Verdict verdict, String text) {
        var rationale = text == null ? "" : text.strip();
        if (verdict != null && rationale.isEmpty()) {
            throw new RejectedException("A verdict needs a rationale: say why, so others can check it.");
        }
        if (verdict == null && !rationale.isEmpty()) {
            throw new RejectedException("A rationale belongs to a verdict: send both.");
        }
        if (rationale.length() > ReviewItem.RATIONALE_MAX) {
            throw new RejectedException("A rationale has at most " + ReviewItem.RATIONALE_MAX + " characters.");
        }
        return rationale.isEmpty() ? null : rationale;
    }

    static List<EvidenceLink> evidenceLinks(List<EvidenceLink> given) {
        var links = new ArrayList<EvidenceLink>();
        for (var link : given) {
            var url = link.url() == null ? "" : link.url().strip();
            var note = link.note() == null || link.note().isBlank() ? null : link.note().strip();
            if (url.isEmpty() && note == null) {
                continue;
            }
            if (url.isEmpty()) {
                throw new RejectedException("Evidence needs a link: the note \u201c" + note + "\u201d has no URL.");
            }
            if (url.length() > Evidence.URL_MAX || !webAddress(url)) {
                throw new RejectedException("Evidence links are http:// or https:// addresses of at most " + Evidence.URL_MAX
                        + " characters; \u201c" + url + "\u201d is not one.");
            }
            if (note != null && note.length() > Evidence.NOTE_MAX) {
                throw new RejectedException("An evidence note has at most " + Evidence.NOTE_MAX + " characters.");
            }
            links.add(new EvidenceLink(url, note));
        }
        if (links.size() > EVIDENCE_MAX) {
            throw new RejectedException("A verdict has at most " + EVIDENCE_MAX + " evidence links.");
        }
        return links;
    }

    private static boolean webAddress(String url) {
        try {
            var uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private Set<String> participants(Set<String> wanted) {
        var eligible = eligibleReviewers();
        var chosen = new TreeSet<String>();
        for (var name : wanted == null ? Set.<String>of() : wanted) {
            chosen.add(eligible.stream().filter(e -> e.equalsIgnoreCase(name.strip())).findFirst().orElseThrow(() ->
                    new RejectedException(name + " cannot take part: only reviewers and administrators review claims.")));
        }
        var me = currentUser.name();
        eligible.stream().filter(e -> e.equalsIgnoreCase(me)).findFirst().ifPresent(chosen::add);
        return chosen;
    }

    /** The caller, if they may change the session: a participant, or an administrator. */
    private String participant(ReviewSession session) {
        var user = currentUser.name();
        if (!session.hasParticipant(user) && !isAdmin()) {
            throw new org.springframework.security.access.AccessDeniedException(
                    user + " does not take part in the session \u201c" + session.getName() + "\u201d.");
        }
        return user;
    }

    private static boolean isAdmin() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + Role.ADMIN.name()).equals(a.getAuthority()));
    }

    private ReviewSession sessionOrThrow(long sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> NotFoundException.of("review session", sessionId));
    }

    private ReviewSession openSession(long sessionId) {
        var session = sessionOrThrow(sessionId);
        if (session.isClosed()) {
            throw new ConflictException("The session \u201c" + session.getName() + "\u201d was closed by " + session.getClosedBy()
                    + " on " + NewsroomDates.utc(session.getClosedAt()) + "; it is frozen.");
        }
        return session;
    }

    private ReviewItem itemOrThrow(long sessionId, long claimId) {
        return items.findBySessionIdAndClaimId(sessionId, claimId)
                .orElseThrow(() -> new NotFoundException("Claim " + claimId + " is not part of review session " + sessionId + "."));
    }

    private ItemView view(ReviewSession session, ReviewItem item, List<Judgment> all, boolean withEvidence) {
        return stored(item, all, withEvidence).viewFor(session.getId(), session.isDoubleReview(), currentUser.name(), withEvidence);
    }

    /** The item and all its verdicts as stored; only {@link ItemSnapshot.Stored#viewFor} decides what a user sees. */
    private ItemSnapshot.Stored stored(ReviewItem item, List<Judgment> all, boolean withEvidence) {
        return new ItemSnapshot.Stored(item.getId(), item.getClaimId(), claimText(item.getClaimId()), item.getPosition(),
                item.getStatus(), item.getAssignees(), item.getVerdict(), item.getRationale(),
                withEvidence ? evidenceOf(item.getId(), null) : List.of(), item.getDecidedBy(), item.getDecidedAt(),
                item.getSettledBy(), item.getVersion(),
                all.stream().map(j -> withEvidence ? judgmentView(j) : judgmentViewWithoutEvidence(j)).toList(),
                item.getUpdatedBy(), item.getUpdatedAt());
    }

    private JudgmentView judgmentView(Judgment j) {
        return new JudgmentView(j.getReviewer(), j.getVerdict(), j.getRationale(), evidenceOf(j.getItemId(), j.getId()),
                j.getVersion(), j.getUpdatedAt());
    }

    private static JudgmentView judgmentViewWithoutEvidence(Judgment j) {
        return new JudgmentView(j.getReviewer(), j.getVerdict(), j.getRationale(), List.of(), j.getVersion(), j.getUpdatedAt());
    }

    private List<EvidenceLink> evidenceOf(long itemId, Long judgmentId) {
        return evidence.findByItemIdOrderByPosition(itemId).stream()
                .filter(e -> java.util.Objects.equals(e.getJudgmentId(), judgmentId)).map(Evidence::link).toList();
    }

    private String claimText(long claimId) {
        return claims.find(claimId).map(Claim::getShortText).orElse("(claim " + claimId + ", merged or removed)");
    }

    private Map<Long, Map<ItemStatus, Integer>> counts(List<Long> sessionIds) {
        var counts = new HashMap<Long, Map<ItemStatus, Integer>>();
        if (!sessionIds.isEmpty()) {
            for (var row : items.countByStatus(sessionIds)) {
                counts.computeIfAbsent((Long) row[0], k -> new EnumMap<>(ItemStatus.class))
                        .put((ItemStatus) row[1], ((Number) row[2]).intValue());
            }
        }
        return counts;
    }

    private static SessionSummary summary(ReviewSession s, Map<ItemStatus, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return new SessionSummary(s.getId(), s.getName(), s.getDescription(), s.isDoubleReview(), s.getParticipants(), total,
                counts.getOrDefault(ItemStatus.REVIEWED, 0), counts.getOrDefault(ItemStatus.DISPUTED, 0),
                counts.getOrDefault(ItemStatus.IN_PROGRESS, 0), s.getCreatedBy(), s.getCreatedAt(), s.getClosedBy(),
                s.getClosedAt(), s.getVersion());
    }
}
