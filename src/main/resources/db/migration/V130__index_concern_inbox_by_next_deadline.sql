-- The inbox a page at a time: a municipality's open concerns, urgent first, then by the deadline not yet met
-- that runs out first (intake.Concerns.NEXT_DUE). With this index a page is read in order from the index
-- instead of sorting every open concern (docs/performance.md).
create index concern_inbox_next on concern (municipality_id, urgent desc,
    (least(case when gathering_met_at is null then gathering_due_at end,
           case when feedback_met_at is null then feedback_due_at end,
           case when decision_met_at is null then decision_due_at end)), id)
    where status in ('RECEIVED', 'TRIAGED', 'GATHERING', 'ASSESSED');
