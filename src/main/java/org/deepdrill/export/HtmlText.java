package org.deepdrill.export;

import java.util.ArrayList;
import java.util.List;
import org.deepdrill.latex.MarkdownParser;

/**
 * A bank's Markdown with {@code $…$} LaTeX as the small HTML Moodle shows: paragraphs, bullet and
 * numbered lists, {@code **bold**}, {@code *italic*}, {@code `code`}, and the math as {@code \( … \)}
 * / {@code \[ … \]} for Moodle's MathJax filter. Everything else is escaped, math included
 * ({@code a < b} stays text for MathJax, never a tag).
 *
 * <p>The Markdown is read by the app's own reader ({@link MarkdownParser}), so a prompt splits
 * into text and math here exactly as it does on screen and in {@code validate}.
 */
final class HtmlText {
    private HtmlText() {
    }

    /** Block HTML: {@code <p>…</p>} paragraphs and {@code <ul>}/{@code <ol>} lists. */
    static String blocks(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        String list = null;
        for (MarkdownParser.Block block : MarkdownParser.parse(markdown)) {
            String kind = block instanceof MarkdownParser.ListItem item ? (item.marker().equals("•") ? "ul" : "ol") : null;
            if (list != null && !list.equals(kind)) {
                out.append("</").append(list).append('>');
            }
            if (kind != null && !kind.equals(list)) {
                out.append('<').append(kind).append('>');
            }
            list = kind;
            String tag = kind == null ? "p" : "li";
            out.append('<').append(tag).append('>').append(inline(block.content())).append("</").append(tag).append('>');
        }
        if (list != null) {
            out.append("</").append(list).append('>');
        }
        return out.toString();
    }

    /** One line of HTML with no block tags (an option, a feedback): blocks joined by {@code <br>}. */
    static String line(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (MarkdownParser.Block block : MarkdownParser.parse(markdown)) {
            parts.add(inline(block.content()));
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

    /** A block's spans as escaped, emphasised text and its formulas for MathJax. */
    private static String inline(List<MarkdownParser.Inline> content) {
        StringBuilder out = new StringBuilder();
        for (MarkdownParser.Inline in : content) {
            if (in instanceof MarkdownParser.Formula f) {
                out.append(f.display() ? displayMath(f.latex()) : "\\(" + escape(f.latex()) + "\\)");
            } else if (in instanceof MarkdownParser.Span span) {
                String text = escape(span.text());
                text = span.code() ? "<code>" + text + "</code>" : text;
                text = span.italic() ? "<em>" + text + "</em>" : text;
                out.append(span.bold() ? "<strong>" + text + "</strong>" : text);
            }
        }
        return out.toString();
    }
}
