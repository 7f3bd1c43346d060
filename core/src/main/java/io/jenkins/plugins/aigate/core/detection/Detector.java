package io.jenkins.plugins.aigate.core.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.commit.TrailerLineFinder;
import io.jenkins.plugins.aigate.core.pullrequest.PullRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Finds evidence that an AI tool helped write a commit, with the built-in rules ({@link BuiltInRules}) and the
 * administrator's own. Every pattern is compiled once, when the detector is made; a detector is immutable and safe
 * to share between threads.
 *
 * <p>How a rule reads a commit:
 * <ul>
 *   <li>each field value is matched as found and, when normalising changes it ({@link TextNormalizer}), again in
 *       normalised form; a rule that matches only the normalised form also yields {@value #EVASION_RULE_ID}
 *       evidence (strong): someone hid the marker behind look-alike or invisible characters;</li>
 *   <li>trailer and co-author rules read git's trailer block ({@code TrailerParser}); when that gives nothing,
 *       they read known keys anywhere in the message ({@code TrailerLineFinder}) one confidence level lower, with
 *       field {@code message};</li>
 *   <li>each rule yields at most one piece of evidence per commit (and per pull request and pull-request
 *       commit).</li>
 * </ul>
 */
public final class Detector {
    /** The id of the evidence that a rule matched only after normalisation. */
    public static final String EVASION_RULE_ID = "EV-01";

    private static final int MAX_DISPLAY = 300;
    /**
     * The bot-identity rule class ({@code BT-}): generic rules that say nothing of an author or committer a
     * tool-specific rule has already reported.
     */
    private static final String IDENTITY_CLASS_PREFIX = "BT-";
    private static final String LABELS_PLACEHOLDER = "{aiLabels}";

    private final DetectionSettings settings;
    private final List<CompiledRule> commitRules = new ArrayList<>();
    private final List<CompiledRule> pullRequestRules = new ArrayList<>();
    private final TrailerLineFinder finder;
    private final FieldIndex index = new FieldIndex();
    private final LiteralTable literals = new LiteralTable();
    private final boolean evasionEnabled;
    /** The ids of the {@code {aiWord}} vocabulary's literals, for declaration rules' first check. */
    private final int[] aiWordIds;

    private Detector(DetectionSettings settings) {
        this.settings = settings;
        Set<String> disabled = new LinkedHashSet<>();
        for (String id : settings.disabledRuleIds()) {
            disabled.add(id.toLowerCase(Locale.ROOT));
        }
        this.evasionEnabled = !disabled.contains(EVASION_RULE_ID.toLowerCase(Locale.ROOT));
        List<CompiledRule> all = new ArrayList<>();
        for (BuiltInRule rule : BuiltInRules.all()) {
            if (!disabled.contains(rule.id().toLowerCase(Locale.ROOT))) {
                CompiledRule compiled = compile(rule, settings.aiLabels(), settings.nonAiBots(), index, literals);
                if (compiled != null) {
                    all.add(compiled);
                }
            }
        }
        for (CustomRule rule : settings.customRules()) {
            all.add(new CompiledRule(rule.name(), rule.tool(), rule.confidence(), List.of(Field.parse(rule.field())),
                    RulePatterns.compile(rule.pattern()), null, null, null, index, literals));
        }
        int[] aiWords = literals.register(ProseMatcher.aiWordLiterals());
        literals.freeze();
        aiWordIds = ProseMatcher.longestFirst(aiWords, literals);
        Set<String> keys = new LinkedHashSet<>(List.of("Co-authored-by", "Co-developed-by"));
        for (CompiledRule rule : all) {
            if (rule.readsCommit()) {
                commitRules.add(rule);
            }
            if (rule.readsPullRequest()) {
                pullRequestRules.add(rule);
            }
            for (Field field : rule.fields) {
                if (field.kind() == Field.Kind.TRAILER) {
                    keys.add(field.trailerKey());
                }
            }
            if (rule.andField != null && rule.andField.kind() == Field.Kind.TRAILER) {
                keys.add(rule.andField.trailerKey());
            }
        }
        this.finder = new TrailerLineFinder(keys);
    }

    /**
     * @param settings validated or not; every problem is reported at once
     * @return a detector for those settings
     * @throws DetectionSettingsException listing every problem when {@link DetectionSettings#validate()} finds any
     */
    public static Detector create(DetectionSettings settings) {
        Objects.requireNonNull(settings, "settings");
        List<RuleProblem> problems = settings.validate();
        if (!problems.isEmpty()) {
            throw new DetectionSettingsException(problems);
        }
        return new Detector(settings);
    }

    /** @return a detector with {@link DetectionSettings#defaults()} */
    public static Detector withDefaults() {
        return create(DetectionSettings.defaults());
    }

    public DetectionSettings settings() {
        return settings;
    }

    /**
     * @param commit the commit to assess
     * @return its evidence and verdict
     */
    public CommitAssessment assess(Commit commit) {
        return assess(commit, List.of());
    }

    /**
     * Assesses a commit together with the pull requests it came from: each pull request's own fields, and each of
     * its commits through the commit rules. Evidence from them carries the pull request's
     * {@link PullRequest#provenance()} (and the pull-request commit's short id).
     *
     * @param commit       the commit to assess
     * @param pullRequests the pull requests associated with it, possibly none
     * @return its evidence and verdict
     */
    public CommitAssessment assess(Commit commit, List<PullRequest> pullRequests) {
        Objects.requireNonNull(commit, "commit");
        List<Evidence> evidence = new ArrayList<>();
        assessCommit(commit, null, evidence);
        for (PullRequest pullRequest : pullRequests) {
            String provenance = pullRequest.provenance();
            PullRequestFields fields = new PullRequestFields(pullRequest, index);
            EvidenceSink sink = new EvidenceSink(evidence, provenance);
            int passes = fields.hasNonAscii() ? 2 : 1;
            for (CompiledRule rule : pullRequestRules) {
                apply(rule, fields, true, sink, passes);
            }
            for (Commit prCommit : pullRequest.commits()) {
                if (!prCommit.id().equals(commit.id())) {
                    assessCommit(prCommit, provenance + ", commit " + prCommit.shortId(), evidence);
                }
            }
        }
        return new CommitAssessment(commit, evidence, settings.flagThreshold());
    }

    private void assessCommit(Commit commit, String provenance, List<Evidence> evidence) {
        CommitFields fields = new CommitFields(commit, finder, index);
        EvidenceSink sink = new EvidenceSink(evidence, provenance);
        boolean mentions = fields.hasMentions();
        int passes = fields.hasNonAscii() ? 2 : 1;
        for (CompiledRule rule : commitRules) {
            if (!apply(rule, fields, false, sink, passes) && mentions) {
                applyToMentions(rule, fields, sink, passes);
            }
        }
    }

    /** Matches a rule's fields of one scope, as found first, then normalised. */
    private boolean apply(CompiledRule rule, FieldSource source, boolean pullRequestScope, EvidenceSink sink,
            int passes) {
        for (int pass = 0; pass < passes; pass++) {
            boolean normalised = pass == 1;
            for (int f = 0; f < rule.fieldIds.length; f++) {
                Field field = rule.fields.get(f);
                if (field.kind().isPullRequest() != pullRequestScope) {
                    continue;
                }
                List<FieldValue> values = source.values(rule.fieldIds[f]);
                for (FieldValue value : values) {
                    String text = normalised ? value.normalised : value.raw;
                    if (text == null || sink.claimed(value)) {
                        continue;
                    }
                    if (!value.mayContain(text, rule.literalIds, literals)) {
                        continue;
                    }
                    if (rule.prose && field.kind().isLongText()) {
                        int line = ProseMatcher.find(rule, value, text, literals, aiWordIds);
                        if (line >= 0 && conditionHolds(rule, source, value, false)) {
                            String shown = value.raw != null ? value.raw : text;
                            String display = clip(CommitFields.line(shown, line).strip());
                            if (!sink.reported(field.name(), display)) { // a tool-specific rule said it first
                                sink.add(rule, rule.confidence, field.name(), display, normalised, evasionEnabled);
                            }
                            return true;
                        }
                        continue;
                    }
                    if (rule.id.startsWith(IDENTITY_CLASS_PREFIX) && sink.reportedIdentity(field.kind())) {
                        continue;
                    }
                    if (field.kind().isIdentity() && value.display != null && value.normalised == null) {
                        // the common case, raw ASCII identities: remembered per text (bots repeat)
                        if (rule.matchesIdentity(text) && conditionHolds(rule, source, value, false)) {
                            sink.add(rule, rule.confidence, field.name(), clip(value.display), false, evasionEnabled);
                            sink.claim(value);
                            return true;
                        }
                        continue;
                    }
                    Matcher matcher = rule.pattern.matcher(text);
                    if (findOutsideQuotes(matcher, field, value, text) && !cancelled(rule, text, value)
                            && conditionHolds(rule, source, value, false)) {
                        String display = display(value, text, matcher, normalised);
                        sink.add(rule, rule.confidence, field.name(), display, normalised, evasionEnabled);
                        sink.claim(value);
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The looser reading: trailer keys anywhere in the message, one confidence level lower. */
    private void applyToMentions(CompiledRule rule, CommitFields source, EvidenceSink sink, int passes) {
        for (int pass = 0; pass < passes; pass++) {
            boolean normalised = pass == 1;
            for (int fieldId : rule.fieldIds) {
                for (FieldValue value : source.mentionValues(fieldId)) {
                    String text = normalised ? value.normalised : value.raw;
                    if (text == null || sink.claimed(value) || !value.mayContain(text, rule.literalIds, literals)) {
                        continue;
                    }
                    if (rule.pattern.matcher(text).find() && !cancelled(rule, text, value)
                            && conditionHolds(rule, source, value, true)) {
                        Confidence confidence = value.fullConfidence ? rule.confidence : weaker(rule.confidence);
                        sink.add(rule, confidence, Field.Kind.MESSAGE.text(), value.display, normalised,
                                evasionEnabled);
                        sink.claim(value);
                        return;
                    }
                }
            }
        }
    }

    /**
     * Finds a match; in a message or pull-request text, the first one on a line that does not show or quote others'
     * text (code, {@code >} quotes, reverted commits: {@link MessageLayout}), so documented examples are no evidence.
     */
    private static boolean findOutsideQuotes(Matcher matcher, Field field, FieldValue value, String text) {
        if (!matcher.find()) {
            return false;
        }
        if (!field.kind().isLongText()) {
            return true;
        }
        MessageLayout layout = value.layout(text);
        do {
            if (!layout.quotesOthers(layout.lineOf(matcher.start()))) {
                return true;
            }
        } while (matcher.end() < text.length() && matcher.find());
        return false;
    }

    /** The unless pattern cancels a match when it matches the value as found or normalised. */
    private static boolean cancelled(CompiledRule rule, String text, FieldValue value) {
        if (rule.unless == null) {
            return false;
        }
        return rule.unless.matcher(text).find() || text != value.normalised && value.normalised != null
                && rule.unless.matcher(value.normalised).find();
    }

    private static boolean conditionHolds(CompiledRule rule, FieldSource source, FieldValue value, boolean mention) {
        if (rule.andField == null) {
            return true;
        }
        List<FieldValue> others = mention && value.group != null ? source.mentionValues(rule.andFieldId)
                : source.values(rule.andFieldId);
        for (FieldValue other : others) {
            if (value.group != null && other.group != null && !other.group.equals(value.group)) {
                continue;
            }
            if (other.raw != null && rule.andPattern.matcher(other.raw).find()
                    || other.normalised != null && rule.andPattern.matcher(other.normalised).find()) {
                return true;
            }
        }
        return false;
    }

    private static String display(FieldValue value, String text, Matcher matcher, boolean normalised) {
        if (value.display != null) {
            return clip(value.display);
        }
        // a long text (message, pull-request body): show the line the match starts on, from the raw text
        int start = matcher.start();
        if (normalised) {
            int lineIndex = 0;
            for (int i = text.indexOf('\n'); i >= 0 && i < start; i = text.indexOf('\n', i + 1)) {
                lineIndex++;
            }
            return clip(CommitFields.line(value.raw, lineIndex).strip());
        }
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', start);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        if (lineEnd - lineStart > MAX_DISPLAY) {
            lineStart = Math.max(lineStart, start - MAX_DISPLAY / 3);
            lineEnd = Math.min(lineEnd, Math.max(matcher.end(), lineStart) + MAX_DISPLAY / 3);
        }
        return clip(text.substring(lineStart, Math.max(lineStart, lineEnd)).strip());
    }

    static String clip(String text) {
        return text.length() <= MAX_DISPLAY ? text : text.substring(0, MAX_DISPLAY) + "\u2026";
    }

    private static Confidence weaker(Confidence confidence) {
        return confidence == Confidence.DEFINITIVE ? Confidence.STRONG : Confidence.WEAK;
    }

    private static CompiledRule compile(BuiltInRule rule, List<String> aiLabels, List<String> nonAiBots,
            FieldIndex index, LiteralTable literals) {
        String regex = RuleVocabulary.expand(rule.pattern(), nonAiBots);
        if (regex.contains(LABELS_PLACEHOLDER)) {
            if (aiLabels.isEmpty()) {
                return null;
            }
            StringBuilder alternatives = new StringBuilder();
            for (String label : aiLabels) {
                alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(label));
            }
            regex = regex.replace(LABELS_PLACEHOLDER, "^(?:" + alternatives + ")$");
        }
        Field andField = rule.andField().isEmpty() ? null : Field.parse(rule.andField());
        Pattern andPattern = rule.andPattern().isEmpty() ? null
                : RulePatterns.compile(RuleVocabulary.expand(rule.andPattern(), nonAiBots));
        String unlessRegex = rule.unlessPattern();
        boolean namesAi = unlessRegex.contains(ProseMatcher.GUARDS_NAMING_AI);
        boolean atLineStart = unlessRegex.contains(ProseMatcher.GUARDS_AT_LINE_START);
        String token = namesAi ? ProseMatcher.GUARDS_NAMING_AI
                : atLineStart ? ProseMatcher.GUARDS_AT_LINE_START : ProseMatcher.GUARDS;
        boolean prose = unlessRegex.contains(token);
        if (prose) {
            unlessRegex = unlessRegex.replace("|" + token, "").replace(token + "|", "").replace(token, "");
        }
        unlessRegex = RuleVocabulary.expand(unlessRegex, nonAiBots);
        Pattern unless = unlessRegex.isEmpty() ? null : RulePatterns.compile(unlessRegex);
        return new CompiledRule(rule.id(), rule.tool(), rule.confidence(), rule.fields(), RulePatterns.compile(regex),
                andField, andPattern, unless, prose, namesAi, atLineStart, index, literals);
    }

    /** Collects evidence for one commit or pull request, adding the evasion evidence once. */
    private static final class EvidenceSink {
        private final List<Evidence> evidence;
        private final String provenance;
        private final Set<Object> claimedGroups = new java.util.HashSet<>();
        private boolean evasionReported;

        /** A co-author line is attributed once, to the first (most specific) rule in table order. */
        boolean claimed(FieldValue value) {
            return value.group != null && claimedGroups.contains(value.group);
        }

        void claim(FieldValue value) {
            if (value.group != null) {
                claimedGroups.add(value.group);
            }
        }

        EvidenceSink(List<Evidence> evidence, String provenance) {
            this.evidence = evidence;
            this.provenance = provenance;
        }

        /**
         * @return whether {@code kind} reads the author or committer and evidence of this scope is already about
         *     either of them (often one identity)
         */
        boolean reportedIdentity(Field.Kind kind) {
            if (!isPerson(kind.text())) {
                return false;
            }
            for (Evidence e : evidence) {
                if (isPerson(e.field()) && java.util.Objects.equals(e.provenance().orElse(null), provenance)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isPerson(String field) {
            return field.startsWith("author") || field.startsWith("committer");
        }

        /** @return whether evidence of this scope already shows this value of this field */
        boolean reported(String field, String value) {
            for (Evidence e : evidence) {
                if (e.field().equals(field) && e.value().equals(value)
                        && java.util.Objects.equals(e.provenance().orElse(null), provenance)) {
                    return true;
                }
            }
            return false;
        }

        void add(CompiledRule rule, Confidence confidence, String field, String value, boolean onlyNormalised,
                boolean evasionEnabled) {
            evidence.add(new Evidence(rule.id, rule.tool, confidence, field, value, provenance));
            if (onlyNormalised && evasionEnabled && !evasionReported) {
                evasionReported = true;
                evidence.add(new Evidence(EVASION_RULE_ID, rule.tool, Confidence.STRONG, field, value, provenance));
            }
        }
    }
}
