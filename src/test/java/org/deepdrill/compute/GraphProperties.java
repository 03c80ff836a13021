package org.deepdrill.compute;

import static org.deepdrill.compute.ComputeAssertions.TOL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random checks of the graph ops: each property runs on 30 graphs drawn from
 * {@code new Random(seed)} (up to 7 nodes, self-loops and repeated edges included), so a
 * failure names its seed and replays exactly.
 */
class GraphProperties {
    private static final ObjectMapper JSON = new ObjectMapper();

    static IntStream seeds() {
        return IntStream.rangeClosed(1, 30);
    }

    /** A random graph and the adjacency the spec gives it, built here independently of the core. */
    record Drawn(int n, int[][] edges, double[] weights, boolean directed) {
        static Drawn draw(Random rnd, boolean weighted, boolean mayBeDirected) {
            int n = 1 + rnd.nextInt(7);
            int m = rnd.nextInt(2 * n + 1);
            int[][] edges = new int[m][];
            double[] weights = new double[m];
            for (int e = 0; e < m; e++) {
                edges[e] = new int[] {rnd.nextInt(n), rnd.nextInt(n)};
                weights[e] = weighted ? 0.1 + 3 * rnd.nextDouble() : 1;
            }
            return new Drawn(n, edges, weights, mayBeDirected && rnd.nextBoolean());
        }

        ObjectNode args() {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("n", n);
            a.put("edges", edges);
            a.put("weights", weights);
            a.put("directed", directed);
            return JSON.valueToTree(a);
        }

        /** A[u][v] = weight of the last edge u→v (and v→u when undirected). */
        double[][] adjacency() {
            double[][] a = new double[n][n];
            for (int e = 0; e < edges.length; e++) {
                a[edges[e][0]][edges[e][1]] = weights[e];
                if (!directed) {
                    a[edges[e][1]][edges[e][0]] = weights[e];
                }
            }
            return a;
        }
    }

    private static OpResult graph(Drawn g) {
        return OpRegistry.standard().run("graph", g.args());
    }

    private static void near(double expected, double actual, double scale, String what) {
        assertEquals(expected, actual, TOL * Math.max(1, scale), what);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void laplacianAnnihilatesTheConstantVector(int seed) {
        Drawn g = Drawn.draw(new Random(seed), true, true);
        Tensor l = graph(g).get("laplacian");
        for (int i = 0; i < g.n(); i++) {
            double row = 0;
            for (int j = 0; j < g.n(); j++) {
                row += l.get(i, j);
            }
            near(0, row, Math.abs(l.get(i, i)), "seed " + seed + ", (L·1)_" + i);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void undirectedLaplaciansAreSymmetric(int seed) {
        Drawn g = Drawn.draw(new Random(seed), true, false);
        OpResult r = graph(g);
        for (String name : new String[] {"adjacency", "laplacian", "laplacian_sym"}) {
            Tensor t = r.get(name);
            for (int i = 0; i < g.n(); i++) {
                for (int j = 0; j < i; j++) {
                    assertEquals(t.get(i, j), t.get(j, i), "seed " + seed + ": " + name + " at (" + i + "," + j + ")");
                }
            }
        }
    }

    /**
     * x^T L x = ½ Σ_ij A_ij (x_i − x_j)² ≥ 0, and the Rayleigh quotient of L_sym lies in [0, 2]
     * (equivalently its eigenvalues do) for non-negative weights.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void quadraticFormsOfTheLaplaciansAreBounded(int seed) {
        Random rnd = new Random(seed);
        Drawn g = Drawn.draw(rnd, true, false);
        OpResult r = graph(g);
        double[][] a = g.adjacency();
        double[] x = rnd.doubles(g.n(), -2, 2).toArray();
        double form = quadratic(r.get("laplacian"), x);
        double expected = 0;
        for (int i = 0; i < g.n(); i++) {
            for (int j = 0; j < g.n(); j++) {
                expected += 0.5 * a[i][j] * (x[i] - x[j]) * (x[i] - x[j]);
            }
        }
        near(expected, form, Math.abs(expected), "seed " + seed + ": x^T L x");
        assertTrue(form >= -TOL, "seed " + seed + ": x^T L x = " + form);
        double norm = quadratic(identity(g.n()), x);
        double sym = quadratic(r.get("laplacian_sym"), x);
        assertTrue(sym >= -TOL * norm && sym <= (2 + TOL) * norm, "seed " + seed + ": x^T L_sym x = " + sym + ", |x|² = " + norm);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void normalizedLaplaciansMatchTheirDefinitionsAtNodesWithEdges(int seed) {
        Drawn g = Drawn.draw(new Random(seed), true, true);
        OpResult r = graph(g);
        double[][] a = g.adjacency();
        double[] d = new double[g.n()];
        for (int i = 0; i < g.n(); i++) {
            for (int j = 0; j < g.n(); j++) {
                d[i] += a[i][j];
            }
        }
        for (int i = 0; i < g.n(); i++) {
            for (int j = 0; j < g.n(); j++) {
                double delta = i == j ? 1 : 0;
                double rw = d[i] == 0 ? 0 : delta - a[i][j] / d[i];
                near(rw, r.get("laplacian_rw").get(i, j), 1, "seed " + seed + ": L_rw(" + i + "," + j + ")");
                double sym = d[i] == 0 || d[j] == 0 ? 0 : delta - a[i][j] / Math.sqrt(d[i] * d[j]);
                near(sym, r.get("laplacian_sym").get(i, j), 1, "seed " + seed + ": L_sym(" + i + "," + j + ")");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void powersOfTheAdjacencyCountWalks(int seed) {
        Random rnd = new Random(seed);
        Drawn g = Drawn.draw(rnd, false, true);
        int k = rnd.nextInt(5);
        ObjectNode args = g.args();
        args.put("k", k);
        Tensor walks = OpRegistry.standard().run("graph", args).get("walks");
        boolean[][] step = new boolean[g.n()][g.n()];
        for (int[] e : g.edges()) {
            step[e[0]][e[1]] = true;
            step[e[1]][e[0]] |= !g.directed();
        }
        for (int i = 0; i < g.n(); i++) {
            for (int j = 0; j < g.n(); j++) {
                assertEquals(countWalks(step, i, j, k), walks.get(i, j), "seed " + seed + ": walks " + i + "→" + j + " of length " + k);
            }
        }
    }

    /** Enumerates every walk of {@code k} steps from {@code from} and counts those ending at {@code to}. */
    private static long countWalks(boolean[][] step, int from, int to, int k) {
        if (k == 0) {
            return from == to ? 1 : 0;
        }
        long count = 0;
        for (int next = 0; next < step.length; next++) {
            if (step[from][next]) {
                count += countWalks(step, next, to, k - 1);
            }
        }
        return count;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void laplacianApplySumsTheDifferencesToTheNeighbours(int seed) {
        Random rnd = new Random(seed);
        Drawn g = Drawn.draw(rnd, true, true);
        int f = 1 + rnd.nextInt(3);
        double[][] x = new double[g.n()][];
        for (int i = 0; i < g.n(); i++) {
            x[i] = rnd.doubles(f, -5, 5).toArray();
        }
        ObjectNode args = g.args();
        args.set("features", JSON.valueToTree(x));
        Tensor out = OpRegistry.standard().run("laplacian_apply", args).get("output");
        double[][] a = g.adjacency();
        for (int i = 0; i < g.n(); i++) {
            for (int c = 0; c < f; c++) {
                double expected = 0;
                for (int j = 0; j < g.n(); j++) {
                    expected += a[i][j] * (x[i][c] - x[j][c]);
                }
                near(expected, out.get(i, c), 20, "seed " + seed + ": (LX)(" + i + "," + c + ")");
            }
        }
    }

    /** Renumbering the nodes renumbers the rows of every gnn_layer result, for every aggregate. */
    @ParameterizedTest
    @MethodSource("seeds")
    void gnnLayerIsEquivariantToRenumberingTheNodes(int seed) {
        Random rnd = new Random(seed);
        int n = 1 + rnd.nextInt(6);
        int f = 1 + rnd.nextInt(3);
        int g = 1 + rnd.nextInt(3);
        double[][] h = random(rnd, n, f);
        double[][] a = random(rnd, n, n);
        for (double[] row : a) {
            for (int j = 0; j < n; j++) {
                row[j] = rnd.nextBoolean() ? 0 : row[j]; // sparse, with negative weights too
            }
        }
        int[] perm = permutation(rnd, n);
        double[][] hp = new double[n][];
        double[][] ap = new double[n][n];
        for (int i = 0; i < n; i++) {
            hp[i] = h[perm[i]];
            for (int j = 0; j < n; j++) {
                ap[i][j] = a[perm[i]][perm[j]];
            }
        }
        double[][] ws = random(rnd, f, g);
        double[][] wn = random(rnd, f, g);
        for (String aggregate : new String[] {"sum", "mean", "max"}) {
            Tensor out = gnn(h, a, ws, wn, aggregate).get("output");
            Tensor outp = gnn(hp, ap, ws, wn, aggregate).get("output");
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < g; c++) {
                    near(out.get(perm[i], c), outp.get(i, c), 10, "seed " + seed + ", " + aggregate + ": row " + i);
                }
            }
        }
    }

    /** With a 0/1 adjacency, the mean times the number of neighbours is the sum. */
    @ParameterizedTest
    @MethodSource("seeds")
    void gnnMeanTimesNeighbourCountIsTheSum(int seed) {
        Random rnd = new Random(seed);
        int n = 1 + rnd.nextInt(6);
        double[][] h = random(rnd, n, 2);
        double[][] a = new double[n][n];
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = rnd.nextBoolean() ? 1 : 0;
                count[i] += (int) a[i][j];
            }
        }
        double[][] w = random(rnd, 2, 2);
        Tensor sum = gnn(h, a, w, w, "sum").get("aggregated");
        Tensor mean = gnn(h, a, w, w, "mean").get("aggregated");
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 2; c++) {
                near(sum.get(i, c), mean.get(i, c) * count[i], 10, "seed " + seed + ": row " + i);
            }
        }
    }

    private static OpResult gnn(double[][] h, double[][] a, double[][] ws, double[][] wn, String aggregate) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("h", h);
        args.put("adjacency", a);
        args.put("w_self", ws);
        args.put("w_neigh", wn);
        args.put("aggregate", aggregate);
        args.put("activation", "tanh");
        return OpRegistry.standard().run("gnn_layer", JSON.valueToTree(args));
    }

    private static double[][] random(Random rnd, int rows, int cols) {
        double[][] m = new double[rows][];
        for (int i = 0; i < rows; i++) {
            m[i] = rnd.doubles(cols, -1, 1).toArray();
        }
        return m;
    }

    private static int[] permutation(Random rnd, int n) {
        int[] p = IntStream.range(0, n).toArray();
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    private static Tensor identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return Tensor.matrix(m);
    }

    private static double quadratic(Tensor m, double[] x) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                s += x[i] * m.get(i, j) * x[j];
            }
        }
        return s;
    }
}
