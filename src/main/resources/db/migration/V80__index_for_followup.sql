-- The situation picture reads facts by municipality and time; these indexes keep each indicator's
-- query to the rows of the period.
create index concern_received on concern (municipality_id, received_at);
create index concern_feedback_window on concern (municipality_id, coalesce(feedback_met_at, feedback_due_at));
create index concern_decision_window on concern (municipality_id, coalesce(decision_met_at, decision_due_at));
create index concern_event_type_time on concern_event (municipality_id, type, occurred_at);
create index case_event_type_time on case_event (municipality_id, type, occurred_at);
create index collab_case_opened on collab_case (municipality_id, opened_at);
create index check_in_held on check_in (municipality_id, held_on);
create index case_transition_kind on case_transition (municipality_id, kind, occurs_on);
