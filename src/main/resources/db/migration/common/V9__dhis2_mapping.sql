-- How the report's counts go to DHIS2 (issue 11, docs/report-formats.md): the centre's edits of
-- the default codes, one line per thing mapped. Lines not stored here take the default code
-- (data element TYT_<INDICATOR>_NUM/_DEN, category option combo ALL/DTTS, org unit = GSO code).
--   data_set       dhis2_code = the data set's code
--   adx_category   dhis2_code = the ADX attribute naming the population disaggregation
--   data_element   indicator + population + count_part (numerator|denominator)
--                  → dhis2_code (data element) and category_option_combo ('' = DHIS2's default)
--   org_unit       code_list + place_code → dhis2_code (organisation unit)
-- Columns that do not apply to a kind hold ''. The set is replaced as a whole, with a new version
-- in reference_version (name 'dhis2_mapping'); it does not travel in sync packages.
CREATE TABLE dhis2_mapping (
    kind                  VARCHAR(20)  NOT NULL,
    code_list             VARCHAR(4)   NOT NULL DEFAULT '',
    place_code            VARCHAR(10)  NOT NULL DEFAULT '',
    indicator             VARCHAR(30)  NOT NULL DEFAULT '',
    population            VARCHAR(10)  NOT NULL DEFAULT '',
    count_part            VARCHAR(12)  NOT NULL DEFAULT '',
    dhis2_code            VARCHAR(50)  NOT NULL,
    category_option_combo VARCHAR(50)  NOT NULL DEFAULT '',
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by            VARCHAR(200) NOT NULL,
    CONSTRAINT pk_dhis2_mapping PRIMARY KEY (kind, code_list, place_code, indicator, population, count_part),
    CONSTRAINT ck_dhis2_mapping_kind CHECK (kind IN ('data_set', 'adx_category', 'data_element', 'org_unit')),
    CONSTRAINT ck_dhis2_mapping_code CHECK (dhis2_code <> '')
);
