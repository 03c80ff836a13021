package org.deepdrill.latex;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the small Markdown subset of question prompts into blocks of styled spans and formulas.
 * Pure text processing (no JavaFX): the app renders what it finds and {@code validate} checks the
 * same formulas ({@link TextCheck}), so both see the same split of text and math.
 *
 * <p>Blocks: paragraphs separated by blank lines; lines starting with {@code - } or {@code * }
 * (bullets) or {@code 1. } (numbered) are list items. Inside a block: {@code **bold**},
 * {@code *italic*}, {@code `code`}, inline math {@code $…$} or {@code \(…\)}, display math
 * {@code $$…$$} or {@code \[…\]}. An opening mark without its closing one is kept as text, so a
 * lone {@code $} or {@code *} never swallows the rest of a prompt. Inline {@code $} follows
 * Pandoc's rule (no space just inside either dollar, no digit just after the closing one), which
 * keeps "costs $5 and $10" as text.
 */
public final class MarkdownParser {
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d+)[.)]\\s+(.*)$");

    public sealed interface Block {
        List<Inline> content();
    }

    public record Paragraph(List<Inline> content) implements Block {
    }

    /** A list item; {@code marker} is what is shown before it ("•" or "3."). */
    public record ListItem(String marker, List<Inline> content) implements Block {
    }

    public sealed interface Inline {
    }

    public record Span(String text, boolean bold, boolean italic, boolean code) implements Inline {
    }

    public record Formula(String latex, boolean display) implements Inline {
    }

    private MarkdownParser() {
    }

    public static List<Block> parse(String markdown) {
        List<Block> blocks = new ArrayList<>();
        if (markdown == null) {
            return blocks;
        }
        String marker = null;
        StringBuilder text = null;
        for (String line : markdown.replace("\r\n", "\n").split("\n", -1)) {
            // Inside an unclosed $$ or \[ the line belongs to the formula, whatever it looks like.
            boolean inDisplay = text != null && displayOpen(text);
            Matcher bullet = BULLET.matcher(line);
            Matcher numbered = NUMBERED.matcher(line);
            if (!inDisplay && line.isBlank()) {
                add(blocks, marker, text);
                marker = null;
                text = null;
            } else if (!inDisplay && bullet.matches() && !bullet.group(1).isEmpty()) {
                add(blocks, marker, text);
                marker = "•";
                text = new StringBuilder(bullet.group(1));
            } else if (!inDisplay && numbered.matches()) {
                add(blocks, marker, text);
                marker = numbered.group(1) + ".";
                text = new StringBuilder(numbered.group(2));
            } else if (text == null) {
                text = new StringBuilder(line.strip());
            } else {
                text.append(inDisplay ? "\n" : " ").append(line.strip());
            }
        }
        add(blocks, marker, text);
        return blocks;
    }

    private static void add(List<Block> blocks, String marker, StringBuilder text) {
        if (text == null || text.toString().isBlank()) {
            return;
        }
        List<Inline> inlines = inlines(text.toString().strip());
        blocks.add(marker == null ? new Paragraph(inlines) : new ListItem(marker, inlines));
    }

    /** Whether the text so far leaves a display formula open ($$ or \[ without its closing). */
    private static boolean displayOpen(CharSequence s) {
        boolean open = false;
        for (int i = 0; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            char d = s.charAt(i + 1);
            if (c == '\\' && (d == '[' || d == ']')) {
                open = d == '[';
                i++;
            } else if (c == '\\') {
                i++;
            } else if (c == '$' && d == '$') {
                open = !open;
                i++;
            }
        }
        return open;
    }

    /** The spans and formulas of one block's text. */
    public static List<Inline> inlines(String s) {
        List<Inline> out = new ArrayList<>();
        StringBuilder buf = new StringBuilder();
        boolean bold = false;
        boolean italic = false;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            char next = i + 1 < n ? s.charAt(i + 1) : '\0';
            if (c == '\\' && (next == '$' || next == '*' || next == '`')) {
                buf.append(next);
                i += 2;
                continue;
            }
            int end;
            if (c == '\\' && (next == '(' || next == '[')
                    && (end = s.indexOf(next == '(' ? "\\)" : "\\]", i + 2)) >= 0) {
                flush(out, buf, bold, italic);
                out.add(new Formula(s.substring(i + 2, end).strip(), next == '['));
                i = end + 2;
            } else if (c == '$' && next == '$' && (end = s.indexOf("$$", i + 2)) >= 0) {
                flush(out, buf, bold, italic);
                out.add(new Formula(s.substring(i + 2, end).strip(), true));
                i = end + 2;
            } else if (c == '$' && (end = closingDollar(s, i)) >= 0) {
                flush(out, buf, bold, italic);
                out.add(new Formula(s.substring(i + 1, end), false));
                i = end + 1;
            } else if (c == '`' && (end = s.indexOf('`', i + 1)) >= 0) {
                flush(out, buf, bold, italic);
                out.add(new Span(s.substring(i + 1, end), bold, italic, true));
                i = end + 1;
            } else if (c == '*' && next == '*' && (bold || s.indexOf("**", i + 2) >= 0)) {
                flush(out, buf, bold, italic);
                bold = !bold;
                i += 2;
            } else if (c == '*' && next != '*' && (italic ? i > 0 && !Character.isWhitespace(s.charAt(i - 1))
                    : next != '\0' && !Character.isWhitespace(next) && s.indexOf('*', i + 1) >= 0)) {
                flush(out, buf, bold, italic);
                italic = !italic;
                i++;
            } else {
                buf.append(c);
                i++;
            }
        }
        flush(out, buf, bold, italic);
        return out;
    }

    /** Index of the $ closing an inline formula opened at {@code open}, or -1 (Pandoc's rule). */
    private static int closingDollar(String s, int open) {
        int n = s.length();
        if (open + 1 >= n || Character.isWhitespace(s.charAt(open + 1))) {
            return -1;
        }
        for (int j = open + 1; j < n; j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '$') {
                boolean spaceBefore = Character.isWhitespace(s.charAt(j - 1));
                boolean digitAfter = j + 1 < n && Character.isDigit(s.charAt(j + 1));
                return j > open + 1 && !spaceBefore && !digitAfter ? j : -1;
            }
        }
        return -1;
    }

    private static void flush(List<Inline> out, StringBuilder buf, boolean bold, boolean italic) {
        if (buf.length() > 0) {
            out.add(new Span(buf.toString(), bold, italic, false));
            buf.setLength(0);
        }
    }
}
