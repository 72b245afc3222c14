package se.traden.retention;

/**
 * What a run did, or a dry run would do, with one kind of record: how many were due by the rule's
 * years, how many were thinned, how many kept and why, and how many failed (they are tried again on the
 * next run). For a child's file one file counts once, whatever its number of cases and concerns.
 */
record TypeCount(
        RecordType type,
        boolean enabled,
        int due,
        int thinned,
        int keptHold,
        int keptPlacement,
        int keptResearch,
        int keptAge,
        int failed) {

    public int kept() {
        return keptHold + keptPlacement + keptResearch + keptAge;
    }

    /** Counts in the making, one kind of record at a time. */
    static final class Tally {
        private final RecordType type;
        private final boolean enabled;
        private int due;
        private int thinned;
        private final int[] kept = new int[KeptBecause.values().length];
        private int failed;

        Tally(RecordType type, boolean enabled) {
            this.type = type;
            this.enabled = enabled;
        }

        void due() {
            due++;
        }

        void thinned() {
            thinned++;
        }

        void thinned(int count) {
            due += count;
            thinned += count;
        }

        void kept(KeptBecause reason) {
            kept[reason.ordinal()]++;
        }

        void failed() {
            failed++;
        }

        /** A record judged due that turned out not to be when it was thinned (something changed meanwhile). */
        void noLongerDue() {
            due--;
        }

        TypeCount count() {
            return new TypeCount(
                    type,
                    enabled,
                    due,
                    thinned,
                    kept[KeptBecause.HOLD.ordinal()],
                    kept[KeptBecause.PLACEMENT.ordinal()],
                    kept[KeptBecause.RESEARCH_SAMPLE.ordinal()],
                    kept[KeptBecause.AGE.ordinal()],
                    failed);
        }
    }
}
