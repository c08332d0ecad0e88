-- Antenatal care, deliveries, births and deaths (issue: antenatal + deaths).
-- Gestational week, trimester, flags and death classes are computed from these values
-- (antenatal/, death/); the death classes are also stored so a register can be read by hand.
CREATE TABLE pregnancy (
    id            UUID          NOT NULL,
    station_code  VARCHAR(10)   NOT NULL,
    woman_id      UUID          NOT NULL,
    lmp           DATE          NOT NULL,
    edd           DATE          NOT NULL,
    gravida       INT,
    para          INT,
    risk_notes    VARCHAR(2000),
    import_ref    VARCHAR(200),
    change_seq    BIGINT        NOT NULL,
    origin_seq    BIGINT        NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(200)  NOT NULL,
    deleted       BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT pk_pregnancy PRIMARY KEY (id),
    CONSTRAINT fk_pregnancy_woman FOREIGN KEY (woman_id) REFERENCES person (id)
);
CREATE INDEX ix_pregnancy_woman ON pregnancy (woman_id);
CREATE INDEX ix_pregnancy_station ON pregnancy (station_code, edd);
CREATE INDEX ix_pregnancy_change ON pregnancy (change_seq);
CREATE INDEX ix_pregnancy_import ON pregnancy (station_code, import_ref);

-- One row per visit, the columns of the register A3.
CREATE TABLE anc_visit (
    id                  UUID          NOT NULL,
    station_code        VARCHAR(10)   NOT NULL,
    pregnancy_id        UUID          NOT NULL,
    visit_date          DATE          NOT NULL,
    weight_kg           DECIMAL(5, 1),
    bp_systolic         INT,
    bp_diastolic        INT,
    fundal_height_cm    DECIMAL(4, 1),
    fetal_heart_present BOOLEAN,
    fetal_heart_bpm     INT,
    urine_protein       VARCHAR(6),
    hiv_test            VARCHAR(10),
    haemoglobin_g_dl    DECIMAL(4, 1),
    -- TT1..TT5, the catalogue code: the vaccination feature's record of her tetanus doses reads it.
    tetanus_dose        VARCHAR(4),
    iron_folic_given    BOOLEAN       NOT NULL DEFAULT FALSE,
    iron_folic_tablets  INT,
    examiner            VARCHAR(200),
    import_ref          VARCHAR(200),
    change_seq          BIGINT        NOT NULL,
    origin_seq          BIGINT        NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(200)  NOT NULL,
    deleted             BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT pk_anc_visit PRIMARY KEY (id),
    CONSTRAINT fk_anc_visit_pregnancy FOREIGN KEY (pregnancy_id) REFERENCES pregnancy (id)
);
CREATE INDEX ix_anc_visit_pregnancy ON anc_visit (pregnancy_id, visit_date);
CREATE INDEX ix_anc_visit_change ON anc_visit (change_seq);

CREATE TABLE delivery (
    id              UUID          NOT NULL,
    station_code    VARCHAR(10)   NOT NULL,
    pregnancy_id    UUID          NOT NULL,
    delivery_date   DATE          NOT NULL,
    place           VARCHAR(12)   NOT NULL,
    attendant       VARCHAR(20)   NOT NULL,
    mother_outcome  VARCHAR(6)    NOT NULL,
    import_ref      VARCHAR(200),
    change_seq      BIGINT        NOT NULL,
    origin_seq      BIGINT        NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(200)  NOT NULL,
    deleted         BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT pk_delivery PRIMARY KEY (id),
    CONSTRAINT fk_delivery_pregnancy FOREIGN KEY (pregnancy_id) REFERENCES pregnancy (id)
);
CREATE INDEX ix_delivery_pregnancy ON delivery (pregnancy_id);
CREATE INDEX ix_delivery_station ON delivery (station_code, delivery_date);
CREATE INDEX ix_delivery_change ON delivery (change_seq);

-- One row per baby of a delivery; a live birth names the child's person record.
CREATE TABLE birth (
    id              UUID          NOT NULL,
    station_code    VARCHAR(10)   NOT NULL,
    delivery_id     UUID          NOT NULL,
    baby_no         INT           NOT NULL,
    outcome         VARCHAR(5)    NOT NULL,
    sex             CHAR(1),
    birth_weight_g  INT,
    child_id        UUID,
    import_ref      VARCHAR(200),
    change_seq      BIGINT        NOT NULL,
    origin_seq      BIGINT        NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(200)  NOT NULL,
    deleted         BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT pk_birth PRIMARY KEY (id),
    CONSTRAINT fk_birth_delivery FOREIGN KEY (delivery_id) REFERENCES delivery (id),
    CONSTRAINT fk_birth_child FOREIGN KEY (child_id) REFERENCES person (id),
    CONSTRAINT ck_birth_sex CHECK (sex IN ('M', 'F'))
);
CREATE INDEX ix_birth_delivery ON birth (delivery_id, baby_no);
CREATE INDEX ix_birth_change ON birth (change_seq);

-- A death, of a registered person (person_id) or of someone not registered (name, sex, birth).
CREATE TABLE death (
    id                UUID          NOT NULL,
    station_code      VARCHAR(10)   NOT NULL,
    person_id         UUID,
    full_name         VARCHAR(200),
    sex               CHAR(1),
    birth_date        DATE,
    birth_year_only   BOOLEAN       NOT NULL DEFAULT FALSE,
    age_years         INT,
    ethnicity_code    VARCHAR(2),
    village_id        UUID,
    death_date        DATE          NOT NULL,
    place             VARCHAR(12),
    cause_group       VARCHAR(20),
    cause_text        VARCHAR(500),
    pregnancy_related BOOLEAN,
    pregnancy_id      UUID,
    -- The computed classes (DeathClass names, comma separated), stored when saved.
    classes           VARCHAR(100)  NOT NULL DEFAULT '',
    import_ref        VARCHAR(200),
    change_seq        BIGINT        NOT NULL,
    origin_seq        BIGINT        NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by        VARCHAR(200)  NOT NULL,
    deleted           BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT pk_death PRIMARY KEY (id),
    CONSTRAINT fk_death_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_death_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_death_pregnancy FOREIGN KEY (pregnancy_id) REFERENCES pregnancy (id),
    CONSTRAINT ck_death_sex CHECK (sex IN ('M', 'F'))
);
CREATE INDEX ix_death_person ON death (person_id);
CREATE INDEX ix_death_station ON death (station_code, death_date);
CREATE INDEX ix_death_change ON death (change_seq);
CREATE INDEX ix_death_import ON death (station_code, import_ref);
