package org.deepdrill.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** One exam-sized request per op (the sizes of the seeds' questions), for the benchmarks. */
final class ExamRequests {
    private ExamRequests() {
    }

    static Map<String, String> all() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("softmax", "{\"x\": [[1, 2, 3, 4], [0, 0, 1, 1], [2, 1, 0, -1]]}");
        m.put("attention", "{\"q\": [[1, 1, 2]], \"k\": [[1, 2, 0], [0, 3, 4], [5, 0, 0], [0, 0, 1]],"
                + " \"v\": [[2, 0, 1], [1, 4, 3], [0, -1, 4], [1, 0, -1]]}");
        m.put("multi_head_attention", "{\"x\": [[1, 0, 1, 0], [0, 1, 0, 1], [1, 1, 0, 0]],"
                + " \"wq\": [[[1, 0], [0, 1], [1, 0], [0, 1]], [[0, 1], [1, 0], [0, 1], [1, 0]]],"
                + " \"wk\": [[[1, 0], [0, 1], [1, 0], [0, 1]], [[0, 1], [1, 0], [0, 1], [1, 0]]],"
                + " \"wv\": [[[1, 0], [0, 1], [1, 0], [0, 1]], [[0, 1], [1, 0], [0, 1], [1, 0]]],"
                + " \"wo\": [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]], \"mask\": \"causal\"}");
        m.put("attention_mask", "{\"kind\": \"global_sliding\", \"n\": 8, \"window\": 2, \"global\": [0]}");
        m.put("graph", "{\"nodes\": [1, 2, 3, 4, 5], \"edges\": [[1, 5], [1, 3], [2, 3], [2, 5], [3, 4]], \"k\": 2}");
        m.put("laplacian_apply", "{\"n\": 4, \"edges\": [[0, 1], [1, 2], [2, 3]], \"features\": [[10, 1], [20, 2], [30, 3], [40, 4]]}");
        m.put("gnn_layer", "{\"h\": [[1, -1], [-1, 1], [0, -1], [1, 0]], \"adjacency\": [[0, 0.6, 0.2, 0.2], [0, 0, 0, 0],"
                + " [0, 0, 0, 0], [0, 0, 0, 0]], \"w_self\": [[1, 1], [1, 1]], \"w_neigh\": [[2, 0], [0, 2]], \"activation\": \"relu\"}");
        m.put("rnn", "{\"w_hh\": [[0, -1], [-1, 0]], \"w_xh\": [[1], [0]], \"x\": [[1], [0]], \"h0\": [0, 0], \"activation\": \"identity\"}");
        m.put("rnn_bptt", "{\"w\": [[0.5], [-0.3]], \"u\": [[0.1, 0.2], [0.3, 0.4]], \"v\": [[1, -1]],"
                + " \"x\": [[1], [0.5], [-1]], \"z\": [[0.2], [0.1], [0]], \"h0\": [0, 0]}");
        m.put("linear_rnn_kernel", "{\"w\": [[0, -1], [-1, 0]], \"u\": [-1, 1], \"c\": [-1, 1], \"t\": 2}");
        m.put("norm_stats", "{\"x\": [[[4, 3, 2], [1, 4, 3]], [[3, 4, 1], [4, 2, 2]], [[3, 2, 3], [4, 1, 2]], [[1, 1, 3], [4, 1, 2]]],"
                + " \"kind\": \"batch\"}");
        m.put("conv_output", "{\"size\": 224, \"kernel\": 3, \"padding\": 1}");
        m.put("receptive_field", "{\"layers\": [{\"kernel\": 11, \"stride\": 4}, {\"kernel\": 3, \"stride\": 1}]}");
        m.put("param_count", "{\"module\": \"lora\", \"a\": 768, \"b\": 768, \"r\": 8}");
        m.put("init_std", "{\"scheme\": \"kaiming_normal\", \"fan_in\": 128, \"fan_out\": 128}");
        m.put("matmul", "{\"a\": [[1, 2, 3], [4, 5, 6]], \"b\": [[1, 0], [0, 1], [1, 1]]}");
        return m;
    }
}
