package cn.studio.platform.print;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fills lines the way Chinese is typeset: a line may end after any ideograph, but never inside a Latin word or a
 * number, never before a closing bracket or punctuation (，。、）」…) and never after an opening one (UAX #14, as the
 * JDK's line BreakIterator implements it). Only a single word wider than the line is cut, between characters.
 */
final class LineBreaks {
    /** The printed width of a text, in the unit of the line width. */
    @FunctionalInterface
    interface Measure {
        float width(String text) throws IOException;
    }

    private LineBreaks() {
    }

    /** The lines of {@code text}: each paragraph ({@code \R}) starts a line; an empty paragraph is an empty line. */
    static List<String> wrap(String text, float maxWidth, Measure measure) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            wrapParagraph(paragraph, maxWidth, measure, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String paragraph, float maxWidth, Measure measure, List<String> lines) throws IOException {
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.CHINA);
        breaks.setText(paragraph);
        String current = "";
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String segment = paragraph.substring(start, end);
            if (measure.width(stripTrailing(current + segment)) <= maxWidth) {
                current += segment;
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(stripTrailing(current));
                segment = segment.stripLeading();
            }
            current = cut(segment, maxWidth, measure, lines);
        }
        lines.add(stripTrailing(current));
    }

    /** Emits full lines of a segment too wide for one line, character by character; returns what is left. */
    private static String cut(String segment, float maxWidth, Measure measure, List<String> lines) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int cp : segment.codePoints().toArray()) {
            String next = line + Character.toString(cp);
            if (measure.width(stripTrailing(next)) > maxWidth && !line.isEmpty()) {
                lines.add(stripTrailing(line.toString()));
                line = new StringBuilder(Character.toString(cp));
            } else {
                line = new StringBuilder(next);
            }
        }
        return line.toString();
    }

    private static String stripTrailing(String s) {
        return s.stripTrailing();
    }
}
