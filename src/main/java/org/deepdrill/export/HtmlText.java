package org.deepdrill.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bank's Markdown with {@code $…$} LaTeX as the small HTML Moodle shows: paragraphs (blank
 * lines), bullet and numbered lists, {@code **bold**}, {@code *italic*}, {@code `code`}, and the
 * math as {@code \( … \)} / {@code \[ … \]} for Moodle's MathJax filter. Everything else is
 * escaped, math included ({@code a < b} stays text for MathJax, never a tag).
 *
 * <p>The rules follow the app's Markdown reader: inline {@code $} needs no space just inside
 * either dollar and no digit just after the closing one (Pandoc's rule), so "costs $5 and $10"
 * stays text; an opening mark without its closing one is kept as text.
 */
final class HtmlText {
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d+[.)]\\s+(.*)$");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*");
    private static final Pattern ITALIC = Pattern.compile("(?<![*\\w])\\*(?=\\S)([^*]+?)(?<=\\S)\\*(?![*\\w])");
    /** Marks a protected span (math or code) in the text while blocks and emphasis are found. */
    private static final char MARK = '\u0000';

    private HtmlText() {
    }

    /** Block HTML: {@code <p>…</p>} paragraphs and {@code <ul>}/{@code <ol>} lists. */
    static String blocks(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        List<String> spans = new ArrayList<>();
        String text = protect(markdown, spans);
        StringBuilder out = new StringBuilder();
        for (String block : text.strip().split("\\n\\s*\\n")) {
            String list = null;
            StringBuilder para = new StringBuilder();
            for (String line : block.split("\\n")) {
                Matcher b = BULLET.matcher(line);
                Matcher n = NUMBERED.matcher(line);
                String kind = b.matches() ? "ul" : n.matches() ? "ol" : null;
                if (kind == null) {
                    if (list != null) {
                        // a continuation line of the last list item
                        out.setLength(out.length() - "</li>".length());
                        out.append(' ').append(inline(line.strip(), spans)).append("</li>");
                    } else {
                        para.append(para.length() > 0 ? " " : "").append(line.strip());
                    }
                    continue;
                }
                if (para.length() > 0) {
                    out.append("<p>").append(inline(para.toString(), spans)).append("</p>");
                    para.setLength(0);
                }
                if (!kind.equals(list)) {
                    if (list != null) {
                        out.append("</").append(list).append('>');
                    }
                    out.append('<').append(kind).append('>');
                    list = kind;
                }
                out.append("<li>").append(inline((b.matches() ? b.group(1) : n.group(1)).strip(), spans)).append("</li>");
            }
            if (list != null) {
                out.append("</").append(list).append('>');
            }
            if (para.length() > 0) {
                out.append("<p>").append(inline(para.toString(), spans)).append("</p>");
            }
        }
        return out.toString();
    }

    /** One line of HTML with no block tags (an option, a feedback): paragraphs joined by {@code <br>}. */
    static String line(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        List<String> spans = new ArrayList<>();
        String text = protect(markdown, spans);
        List<String> parts = new ArrayList<>();
        for (String p : text.strip().split("\\n\\s*\\n")) {
            parts.add(inline(p.strip().replaceAll("\\s*\\n\\s*", " "), spans));
        }
        return String.join("<br>", parts);
    }

    /** {@code &}, {@code <}, {@code >} and {@code "} as entities. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Display math on a line of its own, for worked solutions. */
    static String displayMath(String latex) {
        return "\\[" + escape(latex) + "\\]";
    }

    /** Escapes a span of text with emphasis, then puts the protected spans back. */
    private static String inline(String text, List<String> spans) {
        String s = escape(text);
        s = BOLD.matcher(s).replaceAll("<strong>$1</strong>");
        s = ITALIC.matcher(s).replaceAll("<em>$1</em>");
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == MARK) {
                int end = s.indexOf(MARK, i + 1);
                out.append(spans.get(Integer.parseInt(s.substring(i + 1, end))));
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * Replaces code spans and math by numbered marks, each span already in its HTML form, so
     * that neither Markdown nor escaping touches them twice.
     */
    private static String protect(String text, List<String> spans) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int end;
            String html = null;
            if (text.startsWith("`", i) && (end = text.indexOf('`', i + 1)) > i + 1) {
                html = "<code>" + escape(text.substring(i + 1, end)) + "</code>";
                end += 1;
            } else if (text.startsWith("$$", i) && (end = text.indexOf("$$", i + 2)) > i + 2) {
                html = "\\[" + escape(text.substring(i + 2, end).strip()) + "\\]";
                end += 2;
            } else if (text.startsWith("\\[", i) && (end = text.indexOf("\\]", i + 2)) > i + 2) {
                html = "\\[" + escape(text.substring(i + 2, end).strip()) + "\\]";
                end += 2;
            } else if (text.startsWith("\\(", i) && (end = text.indexOf("\\)", i + 2)) > i + 2) {
                html = "\\(" + escape(text.substring(i + 2, end).strip()) + "\\)";
                end += 2;
            } else if (text.charAt(i) == '$' && (end = closingDollar(text, i)) > 0) {
                html = "\\(" + escape(text.substring(i + 1, end)) + "\\)";
                end += 1;
            } else {
                end = -1;
            }
            if (html == null) {
                out.append(text.charAt(i) == MARK ? ' ' : text.charAt(i));
                i++;
                continue;
            }
            out.append(MARK).append(spans.size()).append(MARK);
            spans.add(html);
            i = end;
        }
        return out.toString();
    }

    /** The closing {@code $} of inline math opened at {@code open}, or -1 (Pandoc's rule). */
    private static int closingDollar(String text, int open) {
        if (open + 1 >= text.length() || Character.isWhitespace(text.charAt(open + 1))) {
            return -1;
        }
        for (int j = open + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '$') {
                boolean spaceBefore = Character.isWhitespace(text.charAt(j - 1));
                boolean digitAfter = j + 1 < text.length() && Character.isDigit(text.charAt(j + 1));
                return spaceBefore || digitAfter || j == open + 1 ? -1 : j;
            }
        }
        return -1;
    }
}
