package org.deepdrill.study;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * FSRS-6, the Free Spaced Repetition Scheduler, exactly as the formulas below state it and
 * as its reference implementation (ts-fsrs 5.x) computes it: long-term scheduling only (no
 * minute-level learning steps), no interval fuzz, desired retention 0.9, maximum interval
 * {@value #MAX_INTERVAL} days, the default weights {@code w[0..20]}.
 *
 * <p>Every intermediate the reference rounds is rounded here the same way, with
 * {@code round8(x) = Math.round(x · 1e8) / 1e8}, so states agree to the last printed digit and
 * intervals exactly. {@code exp} and {@code pow} are {@link StrictMath}'s (fdlibm), the algorithms
 * JavaScript engines port, so the last bits agree too where a value sits near a rounding edge.
 *
 * <p>Pure functions of their arguments: no clock, no state.
 */
public final class Fsrs {
    /** The default FSRS-6 weights w[0..20]. */
    private static final double[] W = {0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722,
        0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

    /** The smallest stability, in days. */
    public static final double S_MIN = 0.001;

    /** The longest interval, and the largest stability, in days (a hundred years). */
    public static final int MAX_INTERVAL = 36_500;

    /** The desired chance of recall when a question comes due. */
    public static final double RETENTION = 0.9;

    /** {@code decay = −w[20]}: the exponent of the forgetting curve. */
    static final double DECAY = -W[20];

    /** {@code factor = round8(0.9^(1/decay) − 1)}, which makes {@code R(S, S) = 0.9}. */
    static final double FACTOR = round8(StrictMath.pow(0.9, 1 / DECAY) - 1);

    /**
     * {@code m = round8((retention^(1/decay) − 1) / factor)}: the interval, in stabilities, after
     * which recall falls to the desired retention. With retention 0.9 it is 1.
     */
    static final double INTERVAL_MODIFIER = round8((StrictMath.pow(RETENTION, 1 / DECAY) - 1) / FACTOR);

    private Fsrs() {
    }

    /** What one review gives: the new memory state, the days until the question is due, and when. */
    public record Review(MemoryState state, int intervalDays, Instant due) {
    }

    /**
     * Schedules one review with rating {@code g} at {@code now}, {@code elapsedDays} after the
     * last one ({@link #elapsedDays}; ignored for a new question, {@code prev} null).
     *
     * <p>The candidate states for <em>all four</em> ratings are computed from the same old state,
     * with their intervals {@code a, h, g, e} ({@link #interval}), which are then ordered so a
     * better rating never comes back sooner:
     * <pre>
     *   a = min(a, h);  h = max(h, a + 1);  g = max(g, h + 1);  e = max(e, g + 1)
     * </pre>
     * The rated interval is scheduled: {@code due = now + interval} days of 24 hours (the same
     * clock time in UTC). Example: a new question rated Good has S = 2.3065, whose own interval
     * is round(2.3065) = 2, but Again and Hard give 1, so Hard becomes 2 and Good 3.
     */
    public static Review review(MemoryState prev, long elapsedDays, Instant now, Rating g) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(g, "g");
        MemoryState[] next = new MemoryState[4];
        int[] ivl = new int[4];
        for (Rating r : Rating.values()) {
            next[r.ordinal()] = next(prev, elapsedDays, r);
            ivl[r.ordinal()] = interval(next[r.ordinal()].stability());
        }
        ivl[0] = Math.min(ivl[0], ivl[1]);
        ivl[1] = Math.max(ivl[1], ivl[0] + 1);
        ivl[2] = Math.max(ivl[2], ivl[1] + 1);
        ivl[3] = Math.max(ivl[3], ivl[2] + 1);
        int days = ivl[g.ordinal()];
        return new Review(next[g.ordinal()], days, now.plus(Duration.ofDays(days)));
    }

    /**
     * The memory state after rating {@code g}, {@code t} days after the last review. A new
     * question ({@code prev} null) starts at
     * <pre>
     *   S = max(w[g−1], 0.1)
     *   D = clamp(D0(g), 1, 10)        D0(g) = round8(w[4] − e^((g−1)·w[5]) + 1)
     * </pre>
     * A reviewed one moves, with {@code r = R(t, S)} ({@link #retrievability}), to
     * {@code D' = }{@link #nextDifficulty} and, for g ≥ 2, {@code S' = }{@link #recallStability};
     * for g = 1 (a lapse) to {@code S' = clamp(S, S_MIN, }{@link #forgetStability}{@code )},
     * never above the old S. A review on the same UTC day (t = 0) has r = 1: a success leaves S
     * unchanged and a lapse keeps it.
     */
    public static MemoryState next(MemoryState prev, long t, Rating g) {
        if (t < 0) {
            throw new IllegalArgumentException("elapsed days " + t + " is negative");
        }
        if (prev == null) {
            return new MemoryState(Math.max(W[g.ordinal()], 0.1), clamp(initialDifficulty(g), 1, 10));
        }
        double s = prev.stability();
        double d = prev.difficulty();
        double r = retrievability(t, s);
        double sNew = g == Rating.AGAIN
                ? clamp(s, S_MIN, forgetStability(d, s, r))
                : recallStability(d, s, r, g);
        return new MemoryState(sNew, nextDifficulty(d, g));
    }

    /**
     * The forgetting curve, the chance of recall {@code t} days after a review that left
     * stability {@code s}:
     * <pre>
     *   R(t, S) = round8((1 + factor · t / S)^decay)      decay = −w[20], factor = round8(0.9^(1/decay) − 1)
     * </pre>
     * R(0, S) = 1 and R(S, S) = 0.9.
     */
    public static double retrievability(double t, double s) {
        return round8(StrictMath.pow(1 + FACTOR * t / s, DECAY));
    }

    /**
     * The initial difficulty of rating {@code g}, not clamped:
     * {@code D0(g) = round8(w[4] − e^((g−1)·w[5]) + 1)}. D0(4) is the target of mean reversion.
     */
    static double initialDifficulty(Rating g) {
        return round8(W[4] - StrictMath.exp((g.value() - 1) * W[5]) + 1);
    }

    /**
     * The difficulty after rating {@code g}: a step {@code ΔD = −w[6] · (g − 3)} damped linearly
     * as D nears 10, then pulled a little (w[7]) towards the initial difficulty of Easy:
     * <pre>
     *   D'    = D + round8(ΔD · (10 − D) / 9)
     *   D_new = clamp(round8(w[7] · D0(4) + (1 − w[7]) · D'), 1, 10)
     * </pre>
     */
    static double nextDifficulty(double d, Rating g) {
        double delta = -W[6] * (g.value() - 3);
        double damped = d + round8(delta * (10 - d) / 9);
        return clamp(round8(W[7] * initialDifficulty(Rating.EASY) + (1 - W[7]) * damped), 1, 10);
    }

    /**
     * The stability after a successful review (g ≥ 2) at retrievability {@code r}:
     * <pre>
     *   S_new = round8(clamp(S · (1 + e^w[8] · (11 − D) · S^(−w[9]) · (e^((1−r)·w[10]) − 1) · hard · easy), S_MIN, 36500))
     * </pre>
     * with {@code hard = w[15]} for Hard (else 1) and {@code easy = w[16]} for Easy (else 1).
     * The lower r was (the longer the question went unreviewed), the more S grows.
     */
    static double recallStability(double d, double s, double r, Rating g) {
        double hard = g == Rating.HARD ? W[15] : 1;
        double easy = g == Rating.EASY ? W[16] : 1;
        double growth = StrictMath.exp(W[8]) * (11 - d) * StrictMath.pow(s, -W[9])
                * (StrictMath.exp((1 - r) * W[10]) - 1) * hard * easy;
        return round8(clamp(s * (1 + growth), S_MIN, MAX_INTERVAL));
    }

    /**
     * The stability after a lapse (g = 1) at retrievability {@code r}, before the cap at the old S:
     * <pre>
     *   S_forget = round8(clamp(w[11] · D^(−w[12]) · ((S + 1)^w[13] − 1) · e^((1−r)·w[14]), S_MIN, 36500))
     * </pre>
     * (w[17] and w[18] belong to short-term steps, which this variant does not use.)
     */
    static double forgetStability(double d, double s, double r) {
        double sf = W[11] * StrictMath.pow(d, -W[12]) * (StrictMath.pow(s + 1, W[13]) - 1)
                * StrictMath.exp((1 - r) * W[14]);
        return round8(clamp(sf, S_MIN, MAX_INTERVAL));
    }

    /**
     * The interval, in whole days, for stability {@code s}:
     * {@code ivl(S) = min(max(1, round(S · m)), 36500)}, {@code round} half up as Math.round.
     */
    public static int interval(double s) {
        return (int) Math.min(Math.max(1, Math.round(s * INTERVAL_MODIFIER)), MAX_INTERVAL);
    }

    /**
     * The elapsed days t between two reviews: the number of UTC calendar-date boundaries between
     * them, {@code dateOnly(now) − dateOnly(last)}. 23:59 to 00:01 the next day is 1; 00:01 to
     * 23:59 the same day is 0. Negative when {@code now} is on an earlier UTC date.
     */
    public static long elapsedDays(Instant last, Instant now) {
        return ChronoUnit.DAYS.between(last.atZone(ZoneOffset.UTC).toLocalDate(), now.atZone(ZoneOffset.UTC).toLocalDate());
    }

    /** {@code round8(x)}: round half up (towards +∞) to 8 decimals, {@code Math.round(x · 1e8) / 1e8}. */
    static double round8(double x) {
        return Math.round(x * 1e8) / 1e8;
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.min(Math.max(x, lo), hi);
    }
}
