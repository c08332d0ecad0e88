-- A due list reads the children of one commune: its people born in the last sixteen years (issue 12).
-- On V1's index on the station alone H2 read every person of the commune (16,641 at the 200,000-people
-- centre) to keep 5,242; this index reaches them by station and birth date. It replaces V1's index on
-- (station_code), which it begins with (every lookup by station still finds it).
CREATE INDEX ix_person_station_birth ON person (station_code, birth_date);
DROP INDEX ix_person_station;
