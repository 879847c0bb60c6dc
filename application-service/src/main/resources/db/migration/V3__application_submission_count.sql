-- How often each application was submitted (its SUBMITTED transitions): kept by the submission itself, so the number
-- the application.submitted event carries needs no count over the history. Existing applications get their count.
ALTER TABLE application ADD COLUMN submission_count INT NOT NULL DEFAULT 0;

UPDATE application a
SET submission_count = t.submissions
FROM (SELECT application_id, count(*) AS submissions
      FROM application_transition
      WHERE to_state = 'SUBMITTED'
      GROUP BY application_id) t
WHERE t.application_id = a.id;
