package io.jenkins.plugins.aigate.core.commit;

import java.util.Arrays;

/**
 * A message's lines by index in constant time: where each line starts, found in one pass. Looking a line up by
 * scanning from the start costs the message's length each time, quadratic over thousands of trailer lines.
 */
public final class MessageLines {
    private final String text;
    private final int[] starts;

    /** @param text a whole message, line ends {@code \n} or {@code \r\n} */
    public MessageLines(String text) {
        this.text = text;
        int[] found = new int[16];
        int count = 0;
        int from = 0;
        while (true) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = from;
            int nl = text.indexOf('\n', from);
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        this.starts = Arrays.copyOf(found, count);
    }

    /** @return line {@code index} (zero-based) without its line end, or "" past the end */
    public String line(int index) {
        if (index < 0 || index >= starts.length) {
            return "";
        }
        int start = starts[index];
        int end = index + 1 < starts.length ? starts[index + 1] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(start, end);
    }
}
