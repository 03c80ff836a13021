package org.deepdrill.ui.math;

import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.deepdrill.latex.LatexCheck;
import org.deepdrill.latex.TeX;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Formula images: jlatexmath paints into a BufferedImage, which becomes an FX {@link Image}; an
 * LRU cache keeps the last {@code capacity} of them, so re-showing a question (or going back to
 * it) costs nothing.
 *
 * <p>Thread-safe and usable off the FX thread (an FX {@code Image} may be made on any thread).
 * jlatexmath keeps static, lazily filled tables, so its parsing and painting run alone
 * ({@link TeX#exclusively}, shared with {@code validate}'s check of a bank's formulas);
 * after warm-up a formula takes well under a millisecond, so the lock is never held for long.
 */
final class FormulaImages {
    static final int DEFAULT_CAPACITY = 500;
    private static final FormulaImages SHARED = new FormulaImages(DEFAULT_CAPACITY);

    /**
     * What identifies one image: the source, font size in logical pixels, colour (ARGB), style,
     * and the output scale it is rendered at (2 for a crisp result on HiDPI screens).
     */
    record Key(String latex, double size, int argb, boolean display, double scale) {
    }

    /** A rendered formula or the reason it could not be. */
    sealed interface Rendered {
    }

    /** An image with its logical size; {@code depth} is how far it reaches below the baseline. */
    record Ok(Image image, double width, double height, double depth) implements Rendered {
    }

    record Failed(String message) implements Rendered {
    }

    private final Map<Key, Rendered> cache;
    private final AtomicInteger renders = new AtomicInteger();

    FormulaImages(int capacity) {
        this.cache = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Rendered> eldest) {
                return size() > capacity;
            }
        };
    }

    static FormulaImages shared() {
        return SHARED;
    }

    /** The cached rendering for {@code key}, rendering it on a miss. */
    Rendered get(Key key) {
        synchronized (cache) {
            Rendered hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        // Rendered outside the cache lock: two threads may both render a new key, harmlessly.
        Rendered r = render(key);
        synchronized (cache) {
            cache.put(key, r);
        }
        return r;
    }

    /** How many formulas this cache has rendered (misses), for tests. */
    int renders() {
        return renders.get();
    }

    int size() {
        synchronized (cache) {
            return cache.size();
        }
    }

    private Rendered render(Key key) {
        renders.incrementAndGet();
        String problem = LatexCheck.problem(key.latex());
        if (problem != null) {
            return new Failed(problem);
        }
        try {
            Painted p = paint(key);
            Image image = SwingFXUtils.toFXImage(p.image(), null);
            double s = key.scale();
            return new Ok(image, p.image().getWidth() / s, p.image().getHeight() / s, p.depth() / s);
        } catch (RuntimeException e) {
            // jlatexmath's ParseException is a RuntimeException; anything else it throws on odd
            // input is shown the same way: the formula's source with the message.
            return new Failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    record Painted(BufferedImage image, int depth) {
    }

    /** jlatexmath's part only, no FX: also what {@code warmUp} runs before the toolkit is up. */
    static Painted paint(Key key) {
        return TeX.exclusively(() -> {
            TeXFormula formula = new TeXFormula(key.latex());
            TeXIcon icon = formula.createTeXIcon(key.display() ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT,
                    (float) (key.size() * key.scale()));
            // A logical pixel of room above and below, one device pixel at the sides: enough for
            // italic overhangs. "true": these replace jlatexmath's default insets; without it they
            // are added to them, which left 2.5 logical px of blank at each side, so "$s_1$." read
            // as "s₁ ." with a gap before the full stop.
            int pad = (int) Math.round(key.scale());
            icon.setInsets(new Insets(pad, 1, pad, 1), true);
            int argb = key.argb();
            icon.setForeground(new java.awt.Color(argb, true));
            BufferedImage image = new BufferedImage(Math.max(1, icon.getIconWidth()), Math.max(1, icon.getIconHeight()),
                    BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
                icon.paintIcon(null, g, 0, 0);
            } finally {
                g.dispose();
            }
            return new Painted(image, icon.getIconDepth());
        });
    }
}
