package io.jenkins.plugins.aigate.core.detection;

import io.jenkins.plugins.aigate.core.commit.ChangedPath;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.commit.MessageLines;
import io.jenkins.plugins.aigate.core.commit.Trailer;
import io.jenkins.plugins.aigate.core.commit.TrailerLineFinder;
import io.jenkins.plugins.aigate.core.commit.TrailerMention;
import io.jenkins.plugins.aigate.core.commit.TrailerParser;
import java.util.ArrayList;
import java.util.List;

/** A commit's fields, each computed and normalised at most once, for one assessment (not thread-safe). */
final class CommitFields implements FieldSource {
    private final Commit commit;
    private final TrailerLineFinder finder;
    private final FieldIndex index;
    private final List<FieldValue>[] values;
    private final List<FieldValue>[] mentionValues;
    private List<Trailer> trailers;
    private List<TrailerMention> rawMentions;
    private List<TrailerMention> normalisedMentions;
    private String normalisedMessage;
    private boolean normalisedKnown;
    private MessageLines messageLines;
    private MessageLayout layout;

    @SuppressWarnings("unchecked")
    CommitFields(Commit commit, TrailerLineFinder finder, FieldIndex index) {
        this.commit = commit;
        this.finder = finder;
        this.index = index;
        this.values = new List[index.size()];
        this.mentionValues = new List[index.size()];
    }

    Commit commit() {
        return commit;
    }

    @Override
    public List<FieldValue> values(int fieldId) {
        List<FieldValue> cached = values[fieldId];
        if (cached == null) {
            cached = compute(index.field(fieldId));
            values[fieldId] = cached;
        }
        return cached;
    }

    @Override
    public List<FieldValue> mentionValues(int fieldId) {
        List<FieldValue> cached = mentionValues[fieldId];
        if (cached == null) {
            cached = computeMentions(index.field(fieldId));
            mentionValues[fieldId] = cached;
        }
        return cached;
    }

    private int nonAscii = -1;

    @Override
    public boolean hasNonAscii() {
        if (nonAscii < 0) {
            boolean ascii = TextNormalizer.isAscii(commit.author().name())
                    && TextNormalizer.isAscii(commit.author().email())
                    && TextNormalizer.isAscii(commit.committer().name())
                    && TextNormalizer.isAscii(commit.committer().email()) && TextNormalizer.isAscii(commit.message());
            for (ChangedPath path : commit.changedPaths()) {
                ascii = ascii && TextNormalizer.isAscii(path.path())
                        && TextNormalizer.isAscii(path.oldPath().orElse(""));
            }
            nonAscii = ascii ? 0 : 1;
        }
        return nonAscii == 1;
    }

    /** @return whether the looser trailer reading found any known key at all (else no rule needs it) */
    boolean hasMentions() {
        findMentions();
        return !rawMentions.isEmpty() || !normalisedMentions.isEmpty();
    }

    private void findMentions() {
        if (rawMentions == null) {
            rawMentions = finder.find(commit.message());
            normalisedMentions = normalisedMessage() == null ? List.of() : finder.find(normalisedMessage());
        }
    }

    /** @return the message normalised, or {@code null} when normalising changes nothing */
    String normalisedMessage() {
        if (!normalisedKnown) {
            String normalised = TextNormalizer.normalize(commit.message());
            normalisedMessage = normalised.equals(commit.message()) ? null : normalised;
            normalisedKnown = true;
        }
        return normalisedMessage;
    }

    private List<FieldValue> compute(Field field) {
        switch (field.kind()) {
            case AUTHOR_NAME:
                return List.of(FieldValue.of(commit.author().name(), null));
            case AUTHOR_EMAIL:
                return List.of(FieldValue.of(commit.author().email(), null));
            case COMMITTER_NAME:
                return List.of(FieldValue.of(commit.committer().name(), null));
            case COMMITTER_EMAIL:
                return List.of(FieldValue.of(commit.committer().email(), null));
            case SUBJECT:
                return List.of(FieldValue.of(commit.subject(), null));
            case MESSAGE:
                return List.of(new FieldValue(commit.message(), normalisedMessage(), null, null));
            case TRAILER:
                return trailerValues(field.trailerKey());
            case CO_AUTHOR_NAME:
            case CO_AUTHOR_EMAIL:
                return coAuthorValues(field.kind() == Field.Kind.CO_AUTHOR_EMAIL);
            case MERGED_BRANCH:
                return mergedBranches();
            case PATH:
                return paths();
            default:
                return List.of();
        }
    }

    private List<Trailer> trailers() {
        if (trailers == null) {
            trailers = TrailerParser.parse(commit.message());
        }
        return trailers;
    }

    private List<FieldValue> trailerValues(String key) {
        List<FieldValue> out = new ArrayList<>();
        for (Trailer trailer : trailers()) {
            if (trailer.hasKey(key)) {
                FieldValue value = FieldValue.of(trailer.value(), null);
                out.add(new FieldValue(value.raw, value.normalised, trailer.toString(), null));
            }
        }
        return out;
    }

    private List<FieldValue> coAuthorValues(boolean email) {
        List<FieldValue> out = new ArrayList<>();
        for (Trailer trailer : trailers()) {
            if (isCoAuthorKey(trailer.key())) {
                String raw = part(trailer.value(), email);
                String normalised = part(TextNormalizer.normalize(trailer.value()), email);
                out.add(new FieldValue(raw, normalised.equals(raw) ? null : normalised, trailer.toString(),
                        coAuthorGroup(trailer.value())));
            }
        }
        return out;
    }

    private List<FieldValue> computeMentions(Field field) {
        boolean coAuthor = field.kind() == Field.Kind.CO_AUTHOR_NAME || field.kind() == Field.Kind.CO_AUTHOR_EMAIL;
        if (field.kind() != Field.Kind.TRAILER && !coAuthor) {
            return List.of();
        }
        findMentions();
        List<FieldValue> out = new ArrayList<>();
        addMentions(field, coAuthor, rawMentions, false, out);
        addMentions(field, coAuthor, normalisedMentions, true, out);
        return out;
    }

    private void addMentions(Field field, boolean coAuthor, List<TrailerMention> mentions, boolean normalised,
            List<FieldValue> out) {
        for (TrailerMention mention : mentions) {
            Trailer trailer = mention.trailer();
            String text;
            if (coAuthor) {
                if (!isCoAuthorKey(trailer.key())) {
                    continue;
                }
                text = part(trailer.value(), field.kind() == Field.Kind.CO_AUTHOR_EMAIL);
            } else if (trailer.hasKey(field.trailerKey())) {
                text = trailer.value();
            } else {
                continue;
            }
            String line = messageLines().line(mention.lineIndex());
            String display = Detector.clip(line.strip());
            Object group = coAuthor ? coAuthorGroup(trailer.value()) : null;
            boolean full = !normalised && trailerShaped(line, trailer.key(), mention.lineIndex());
            out.add(normalised ? new FieldValue(null, text, display, group, full)
                    : new FieldValue(text, null, display, group, full));
        }
    }

    private MessageLines messageLines() {
        if (messageLines == null) {
            messageLines = new MessageLines(commit.message());
        }
        return messageLines;
    }

    /**
     * A squashed commit's trailer: the key starts its line (not a flattened one-line message), outside a reverted
     * commit's quoted text. Such a line counts as much as one in git's trailer block.
     */
    private boolean trailerShaped(String line, String key, int lineIndex) {
        if (!line.startsWith(key)) {
            return false;
        }
        if (layout == null) {
            layout = new MessageLayout(commit.message());
        }
        return lineIndex < layout.lineCount() && !layout.inRevertQuote(lineIndex);
    }

    private static String part(String value, boolean email) {
        CoAuthor coAuthor = CoAuthor.parse(value);
        return email ? coAuthor.email : coAuthor.name;
    }

    /** One co-author line, however it was read: its normalised, lower-cased value. */
    private static String coAuthorGroup(String value) {
        return TextNormalizer.normalize(value).strip().toLowerCase(java.util.Locale.ROOT);
    }

    static boolean isCoAuthorKey(String key) {
        return key.equalsIgnoreCase("Co-authored-by") || key.equalsIgnoreCase("Co-developed-by");
    }

    private List<FieldValue> mergedBranches() {
        List<FieldValue> out = new ArrayList<>();
        for (String branch : MergeSubject.mergedBranches(commit.subject())) {
            out.add(FieldValue.of(branch, null));
        }
        return out;
    }

    private List<FieldValue> paths() {
        List<FieldValue> out = new ArrayList<>();
        for (ChangedPath path : commit.changedPaths()) {
            out.add(FieldValue.of(path.path(), null));
            path.oldPath().ifPresent(old -> out.add(FieldValue.of(old, null)));
        }
        return out;
    }

    /** @return line {@code index} (zero-based) of {@code text} without its line end, or "" past the end */
    static String line(String text, int index) {
        int from = 0;
        for (int i = 0; i < index; i++) {
            int nl = text.indexOf('\n', from);
            if (nl < 0) {
                return "";
            }
            from = nl + 1;
        }
        int nl = text.indexOf('\n', from);
        String line = text.substring(from, nl < 0 ? text.length() : nl);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
