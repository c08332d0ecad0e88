-- TramYTe foundation schema. A released migration is never edited: change the
-- schema with a new V<n>__*.sql file (docs/decisions/0001).

-- One change counter per database (DESIGN.md §4). The row is updated in the same
-- transaction as every write, so a rolled-back write leaves no gap and concurrent
-- writers are serialised on it.
CREATE TABLE change_counter (
    id       INT    NOT NULL,
    last_seq BIGINT NOT NULL,
    CONSTRAINT pk_change_counter PRIMARY KEY (id),
    CONSTRAINT ck_change_counter_single CHECK (id = 1)
);
INSERT INTO change_counter (id, last_seq) VALUES (1, 0);

-- Administrative places from the GSO code lists. A code alone is ambiguous across
-- the 2025 reform, so every place says which list ('2024' or '2025') it is from.
-- level: PROVINCE, CENTRE (district health centre / regional centre), STATION (commune).
CREATE TABLE place (
    id          UUID         NOT NULL,
    code_list   VARCHAR(4)   NOT NULL,
    level       VARCHAR(10)  NOT NULL,
    code        VARCHAR(10)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    parent_id   UUID,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_place PRIMARY KEY (id),
    CONSTRAINT uq_place_code UNIQUE (code_list, level, code),
    CONSTRAINT fk_place_parent FOREIGN KEY (parent_id) REFERENCES place (id),
    CONSTRAINT ck_place_level CHECK (level IN ('PROVINCE', 'CENTRE', 'STATION')),
    CONSTRAINT ck_place_code_list CHECK (code_list IN ('2024', '2025'))
);

-- A 2025 commune and the 2024 communes merged into it.
CREATE TABLE place_merge (
    new_place_id UUID NOT NULL,
    old_place_id UUID NOT NULL,
    headquarters BOOLEAN NOT NULL,
    CONSTRAINT pk_place_merge PRIMARY KEY (new_place_id, old_place_id),
    CONSTRAINT fk_place_merge_new FOREIGN KEY (new_place_id) REFERENCES place (id),
    CONSTRAINT fk_place_merge_old FOREIGN KEY (old_place_id) REFERENCES place (id)
);

-- Ethnic groups; the list a code comes from is stored with it (1979 or 2008).
CREATE TABLE ethnic_group (
    code_list VARCHAR(4)   NOT NULL,
    code      VARCHAR(2)   NOT NULL,
    name_vi   VARCHAR(100) NOT NULL,
    name_en   VARCHAR(100) NOT NULL,
    CONSTRAINT pk_ethnic_group PRIMARY KEY (code_list, code)
);

-- This installation: exactly one row once set up.
CREATE TABLE installation (
    id            INT          NOT NULL,
    installation_id UUID       NOT NULL,
    mode          VARCHAR(10)  NOT NULL,
    place_id      UUID         NOT NULL,
    demo          BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_installation PRIMARY KEY (id),
    CONSTRAINT ck_installation_single CHECK (id = 1),
    CONSTRAINT ck_installation_mode CHECK (mode IN ('STATION', 'CENTRE')),
    CONSTRAINT fk_installation_place FOREIGN KEY (place_id) REFERENCES place (id)
);

CREATE TABLE app_user (
    id          UUID         NOT NULL,
    full_name   VARCHAR(200) NOT NULL,
    role        VARCHAR(20)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_app_user PRIMARY KEY (id)
);

-- Villages belong to a station, which creates them; they travel like records.
CREATE TABLE village (
    id            UUID         NOT NULL,
    station_code  VARCHAR(10)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    change_seq    BIGINT       NOT NULL,
    origin_seq    BIGINT       NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(200) NOT NULL,
    deleted       BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT pk_village PRIMARY KEY (id)
);
CREATE INDEX ix_village_station ON village (station_code);
CREATE INDEX ix_village_change ON village (change_seq);

-- People: children and women (DOMAIN.md §2). Sync columns of DESIGN.md §4.
CREATE TABLE person (
    id                UUID          NOT NULL,
    station_code      VARCHAR(10)   NOT NULL,
    full_name         VARCHAR(200)  NOT NULL,
    search_name       VARCHAR(200)  NOT NULL,
    sex               CHAR(1)       NOT NULL,
    birth_date        DATE          NOT NULL,
    birth_year_only   BOOLEAN       NOT NULL DEFAULT FALSE,
    ethnicity_list    VARCHAR(4),
    ethnicity_code    VARCHAR(2),
    village_id        UUID,
    mother_id         UUID,
    personal_id       VARCHAR(12),
    insurance_no      VARCHAR(15),
    phone             VARCHAR(20),
    import_ref        VARCHAR(100),
    change_seq        BIGINT        NOT NULL,
    origin_seq        BIGINT        NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by        VARCHAR(200)  NOT NULL,
    deleted           BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT pk_person PRIMARY KEY (id),
    CONSTRAINT ck_person_sex CHECK (sex IN ('M', 'F')),
    CONSTRAINT fk_person_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_person_mother FOREIGN KEY (mother_id) REFERENCES person (id),
    CONSTRAINT fk_person_ethnicity FOREIGN KEY (ethnicity_list, ethnicity_code) REFERENCES ethnic_group (code_list, code)
);
CREATE INDEX ix_person_station ON person (station_code);
CREATE INDEX ix_person_change ON person (change_seq);
CREATE INDEX ix_person_mother ON person (mother_id);
CREATE UNIQUE INDEX uq_person_import_ref ON person (station_code, import_ref);

-- The audit log: who changed what, written in the same transaction as the change.
CREATE TABLE audit_log (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    user_name   VARCHAR(200) NOT NULL,
    table_name  VARCHAR(64)  NOT NULL,
    row_id      UUID         NOT NULL,
    action      VARCHAR(10)  NOT NULL,
    change_seq  BIGINT       NOT NULL,
    changes     TEXT         NOT NULL,
    CONSTRAINT pk_audit_log PRIMARY KEY (id),
    CONSTRAINT ck_audit_action CHECK (action IN ('INSERT', 'UPDATE', 'DELETE'))
);
CREATE INDEX ix_audit_row ON audit_log (table_name, row_id);
