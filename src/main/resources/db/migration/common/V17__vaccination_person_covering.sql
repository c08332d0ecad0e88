-- A report reads the doses of every young child and of every woman delivering in its period, reached
-- through the person (issue 11): this index holds all it reads of them, so H2 scans the index alone
-- instead of looking up each dose's row. It replaces V4's index on (person_id, given_on), which it
-- begins with (a person's card and her doses still find them by it).
CREATE INDEX ix_vaccination_person_doses ON vaccination
    (person_id, given_on, deleted, validity, vaccine_code, station_code);
DROP INDEX ix_vaccination_person;
