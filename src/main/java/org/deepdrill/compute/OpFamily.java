package org.deepdrill.compute;

import java.util.List;

/** A group of related ops (attention, graph, rnn, norm, counting, building blocks). */
public interface OpFamily {
    List<Op> ops();
}
