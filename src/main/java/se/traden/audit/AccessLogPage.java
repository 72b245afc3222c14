package se.traden.audit;

import java.util.List;

/** One page of a review, newest first, and where the next (older) page starts when there is one. */
record AccessLogPage(List<AccessLogLine> lines, AccessLogCursor next) {

    AccessLogPage {
        lines = List.copyOf(lines);
    }

    boolean hasNext() {
        return next != null;
    }
}
