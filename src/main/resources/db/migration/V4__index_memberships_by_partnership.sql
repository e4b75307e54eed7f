-- The structure, group and gap queries read a partnership's memberships; without this index each
-- read scanned every membership in the service (measured: 4-10 ms a call at national scale).
create index membership_partnership on membership (partnership_id);
