package io.jenkins.plugins.aigate.core.git;

import io.jenkins.plugins.aigate.core.commit.PersonIdent;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * Splits {@code Name <email> date} as git does: the name ends at the first {@code <} (trailing blanks trimmed), the
 * email at the first {@code >} after it, the date follows the last {@code >}. An identity git could not split keeps
 * all its text in the name; an unreadable date becomes "no time" rather than an error, as {@code git log} tolerates
 * it too.
 */
final class IdentParser {
    private static final Pattern EPOCH = Pattern.compile("\\d{1,19} [+-]\\d{4}");
    private static final Pattern ISO_SPACED = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} [+-]\\d{4}");
    private static final Pattern ISO_JGIT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{4}");

    private final String name;
    private final String email;
    private final Instant when;
    private final ZoneOffset zone;
    private final DateStyle style;

    private IdentParser(String name, String email, Instant when, ZoneOffset zone, DateStyle style) {
        this.name = name;
        this.email = email;
        this.when = when;
        this.zone = zone;
        this.style = style;
    }

    static IdentParser parse(String text) {
        int open = text.indexOf('<');
        if (open < 0) {
            return new IdentParser(text.strip(), "", null, null, DateStyle.UNKNOWN);
        }
        int close = text.indexOf('>', open + 1);
        String name = stripTrailing(text.substring(0, open));
        if (close < 0) {
            return new IdentParser(name, text.substring(open + 1), null, null, DateStyle.UNKNOWN);
        }
        String email = text.substring(open + 1, close);
        String date = text.substring(text.lastIndexOf('>') + 1).strip();
        return parseDate(name, email, date);
    }

    private static String stripTrailing(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static IdentParser parseDate(String name, String email, String date) {
        try {
            if (EPOCH.matcher(date).matches()) {
                int space = date.indexOf(' ');
                Instant when = Instant.ofEpochSecond(Long.parseLong(date.substring(0, space)));
                return new IdentParser(name, email, when, offset(date.substring(space + 1)), DateStyle.EPOCH);
            }
            if (ISO_SPACED.matcher(date).matches()) {
                return iso(name, email, date, date.length() - 6, DateStyle.ISO_SPACED);
            }
            if (ISO_JGIT.matcher(date).matches()) {
                return iso(name, email, date, date.length() - 5, DateStyle.ISO_JGIT);
            }
        } catch (DateTimeException | NumberFormatException e) {
            // a date no calendar knows: keep the identity without a time
        }
        return new IdentParser(name, email, null, null, DateStyle.UNKNOWN);
    }

    private static IdentParser iso(String name, String email, String date, int zoneStart, DateStyle style) {
        ZoneOffset offset = offset(date.substring(zoneStart).strip());
        if (offset == null) {
            return new IdentParser(name, email, null, null, style);
        }
        LocalDateTime local = LocalDateTime.parse(date.substring(0, 10) + "T" + date.substring(11, 19));
        Instant when = local.toInstant(offset);
        // JGit prints the agent's zone, not the writer's: the writer's zone is unknown
        return new IdentParser(name, email, when, style == DateStyle.ISO_JGIT ? null : offset, style);
    }

    /** @return the offset of {@code ±hhmm}, or {@code null} when Java cannot represent it (git accepts any) */
    private static ZoneOffset offset(String text) {
        int hours = Integer.parseInt(text.substring(1, 3));
        int minutes = Integer.parseInt(text.substring(3, 5));
        if (hours > 18 || minutes > 59) {
            return null;
        }
        try {
            int sign = text.charAt(0) == '-' ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } catch (DateTimeException e) {
            return null;
        }
    }

    PersonIdent ident() {
        return new PersonIdent(name, email, when, zone);
    }

    DateStyle style() {
        return style;
    }
}
