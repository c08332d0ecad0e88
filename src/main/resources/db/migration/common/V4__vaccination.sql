-- Vaccination (issue 3). The catalogue is data: the shipped default is inserted by
-- VaccinationService at the first start when the table is empty; a centre edits its copy
-- and sync carries it to its stations. catalogue_version grows with every edit.
CREATE TABLE vaccine_catalogue (
    code               VARCHAR(20)   NOT NULL,
    display_order      INT           NOT NULL,
    series             VARCHAR(20)   NOT NULL,
    dose               INT           NOT NULL,
    target             VARCHAR(10)   NOT NULL,
    name_vi            VARCHAR(200)  NOT NULL,
    name_en            VARCHAR(200)  NOT NULL,
    due_months         INT           NOT NULL,
    min_age_days       INT           NOT NULL,
    min_interval_days  INT           NOT NULL,
    max_age_days       INT,
    born_from          DATE,
    full_immunization  BOOLEAN       NOT NULL,
    protection_years   VARCHAR(10)   NOT NULL DEFAULT '',
    source             VARCHAR(200)  NOT NULL DEFAULT '',
    catalogue_version  INT           NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         VARCHAR(200)  NOT NULL,
    CONSTRAINT pk_vaccine_catalogue PRIMARY KEY (code),
    CONSTRAINT ck_vaccine_catalogue_target CHECK (target IN ('child', 'woman'))
);

-- One dose given to a person. The verdict (valid or not, why, the limit date and the
-- previous dose it refers to) is stored as decided when the dose was recorded, so a later
-- change of the catalogue never rewrites history. Sync columns of DESIGN.md §4.
CREATE TABLE vaccination (
    id                 UUID          NOT NULL,
    station_code       VARCHAR(10)   NOT NULL,
    person_id          UUID          NOT NULL,
    vaccine_code       VARCHAR(20)   NOT NULL,
    given_on           DATE          NOT NULL,
    place              VARCHAR(10),
    lot                VARCHAR(50),
    from_paper_card    BOOLEAN       NOT NULL DEFAULT FALSE,
    validity           VARCHAR(10)   NOT NULL,
    invalid_reason     VARCHAR(30),
    limit_date         DATE,
    previous_code      VARCHAR(20),
    import_ref         VARCHAR(200),
    change_seq         BIGINT        NOT NULL,
    origin_seq         BIGINT        NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         VARCHAR(200)  NOT NULL,
    deleted            BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT pk_vaccination PRIMARY KEY (id),
    CONSTRAINT fk_vaccination_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_vaccination_validity CHECK (validity IN ('VALID', 'INVALID')),
    CONSTRAINT ck_vaccination_place CHECK (place IN ('station', 'outreach', 'hospital', 'private', 'other'))
);
CREATE INDEX ix_vaccination_person ON vaccination (person_id, given_on);
CREATE INDEX ix_vaccination_station ON vaccination (station_code, given_on);
CREATE INDEX ix_vaccination_change ON vaccination (change_seq);
CREATE INDEX ix_vaccination_import ON vaccination (station_code, import_ref);
