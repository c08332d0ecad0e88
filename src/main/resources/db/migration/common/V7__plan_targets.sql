-- The annual plan's targets (DOMAIN.md §7): per indicator, per place (the centre or one of its
-- communes), per year and population (everyone, or ethnic-minority people alone). Reference
-- data owned by the centre: it enters or imports them and sync carries them to its stations,
-- so this table has no station columns. The set is replaced as a whole, with a new version.
CREATE TABLE plan_target (
    code_list     VARCHAR(4)     NOT NULL,
    place_code    VARCHAR(10)    NOT NULL,
    plan_year     INT            NOT NULL,
    indicator     VARCHAR(30)    NOT NULL,
    population    VARCHAR(10)    NOT NULL,
    bound         VARCHAR(3)     NOT NULL,
    target        DECIMAL(10, 2) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(200)   NOT NULL,
    CONSTRAINT pk_plan_target PRIMARY KEY (code_list, place_code, plan_year, indicator, population),
    CONSTRAINT ck_plan_target_population CHECK (population IN ('all', 'dtts')),
    CONSTRAINT ck_plan_target_bound CHECK (bound IN ('max', 'min')),
    CONSTRAINT ck_plan_target_value CHECK (target >= 0)
);

-- The version of each set of reference data the centre owns (vaccine_catalogue keeps its own
-- column since V4). A station keeps the version its centre sent; a centre counts up on each edit.
CREATE TABLE reference_version (
    name          VARCHAR(40)    NOT NULL,
    version       INT            NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(200)   NOT NULL,
    CONSTRAINT pk_reference_version PRIMARY KEY (name)
);

-- At a station: the change number its enrolment's rows were written with. They are the centre's
-- own copies, so they are neither counted as waiting nor sent back until the station changes them.
ALTER TABLE sync_peer ADD COLUMN enrolment_seq BIGINT NOT NULL DEFAULT 0;
