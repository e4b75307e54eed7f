-- The case reviews dashboard reads a partnership's outstanding information requests and its open
-- practice reviews' milestones; without these it scanned every partnership's rows.
create index information_request_outstanding on information_request (partnership_id) where submitted_on is null;
create index information_request_review on information_request (rapid_review_id);
create index rapid_review_partnership on rapid_review (partnership_id);
