-- Nutrition screening (issue: nutrition). Z-scores are not stored: they are computed from
-- these values with the bundled WHO tables whenever they are shown or counted, so a
-- correction of the algorithm never leaves stale numbers behind.
CREATE TABLE measurement (
    id            UUID          NOT NULL,
    station_code  VARCHAR(10)   NOT NULL,
    person_id     UUID          NOT NULL,
    measured_on   DATE          NOT NULL,
    weight_kg     DECIMAL(5, 2),
    length_cm     DECIMAL(5, 1),
    position      CHAR(1),
    oedema        BOOLEAN       NOT NULL DEFAULT FALSE,
    muac_mm       INT,
    import_ref    VARCHAR(200),
    change_seq    BIGINT        NOT NULL,
    origin_seq    BIGINT        NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(200)  NOT NULL,
    deleted       BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT pk_measurement PRIMARY KEY (id),
    CONSTRAINT fk_measurement_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_measurement_position CHECK (position IN ('L', 'H')),
    CONSTRAINT ck_measurement_something CHECK (weight_kg IS NOT NULL OR length_cm IS NOT NULL)
);
CREATE INDEX ix_measurement_person ON measurement (person_id, measured_on);
CREATE INDEX ix_measurement_station ON measurement (station_code, measured_on);
CREATE INDEX ix_measurement_change ON measurement (change_seq);
