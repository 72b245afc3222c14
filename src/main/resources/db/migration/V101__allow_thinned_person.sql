-- A person whose file has been thinned keeps the row (cases, concerns and relations point at it, and the
-- situation picture counts distinct children by it) but loses name, numbers and contact details. The
-- row says when; a thinned child is the one child that may be left without an identity.
alter table person add column thinned_at timestamptz;

-- person_check2 is V20's unnamed "check (kind <> 'CHILD' or identity_kind <> 'NONE')".
alter table person drop constraint person_check2;
alter table person add constraint person_child_identified
    check (kind <> 'CHILD' or identity_kind <> 'NONE' or thinned_at is not null);
