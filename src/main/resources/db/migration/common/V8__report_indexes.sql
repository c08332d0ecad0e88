-- The centre's report reads each kind of record of a period across all its stations
-- (docs/decisions/0007): the existing indexes lead with station_code, so a date range over every
-- station needs its own. Read-only lookups; writes pay one more index entry per row.
CREATE INDEX ix_person_birth_date ON person (birth_date);
CREATE INDEX ix_delivery_date ON delivery (delivery_date);
CREATE INDEX ix_death_date ON death (death_date);
CREATE INDEX ix_measurement_date ON measurement (measured_on);
