-- Sync packages (issue 6, docs/decisions/0003-sync-package-format.md, docs/sync-package-format.md).

-- A person moved to another station at the centre. At the station that gave the person up,
-- the copy keeps its history but names the new station and leaves every list there.
ALTER TABLE person ADD COLUMN transferred_to VARCHAR(10);

-- This installation's key pair: a self-signed X.509 certificate and its private key as an
-- encrypted PKCS#8 structure (password: the secret file of the data folder). Exactly one row.
CREATE TABLE sync_identity (
    id           INT          NOT NULL,
    certificate  BYTEA NOT NULL,
    private_key  BYTEA NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_sync_identity PRIMARY KEY (id),
    CONSTRAINT ck_sync_identity_single CHECK (id = 1)
);

-- The other end(s): at a station its centre, at a centre each enrolled station.
--   sent_package_no   number of the last package made for this peer
--   acked_seq         station: its own highest change the centre acknowledged
--                     centre:  the acknowledgement last sent to this station
--   received_seq      centre: highest change of the station received without a gap
--                     station: the centre's change number of the last feedback applied
--   fed_seq           centre: the centre's change number when the last feedback was made
CREATE TABLE sync_peer (
    code             VARCHAR(10)  NOT NULL,
    role             VARCHAR(10)  NOT NULL,
    certificate      BYTEA NOT NULL,
    enrolled_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_package_no  INT          NOT NULL DEFAULT 0,
    acked_seq        BIGINT       NOT NULL DEFAULT 0,
    received_seq     BIGINT       NOT NULL DEFAULT 0,
    fed_seq          BIGINT       NOT NULL DEFAULT 0,
    last_received_at TIMESTAMP WITH TIME ZONE,
    last_sent_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_sync_peer PRIMARY KEY (code),
    CONSTRAINT ck_sync_peer_role CHECK (role IN ('STATION', 'CENTRE'))
);

-- Every package made or received, with its change range (from, to].
CREATE TABLE sync_package (
    id            UUID          NOT NULL,
    direction     VARCHAR(3)    NOT NULL,
    kind          VARCHAR(10)   NOT NULL,
    source        VARCHAR(10)   NOT NULL,
    destination   VARCHAR(10)   NOT NULL,
    package_no    INT           NOT NULL,
    change_from   BIGINT        NOT NULL,
    change_to     BIGINT        NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    handled_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    handled_by    VARCHAR(200)  NOT NULL,
    file_name     VARCHAR(300)  NOT NULL,
    CONSTRAINT pk_sync_package PRIMARY KEY (id),
    CONSTRAINT ck_sync_package_direction CHECK (direction IN ('IN', 'OUT')),
    CONSTRAINT ck_sync_package_kind CHECK (kind IN ('ENROLMENT', 'DATA', 'FEEDBACK'))
);
CREATE INDEX ix_sync_package_source ON sync_package (source, change_to);

-- The import report of a received package: one line per table.
CREATE TABLE sync_report (
    package_id     UUID         NOT NULL,
    position       INT          NOT NULL,
    table_name     VARCHAR(64)  NOT NULL,
    new_rows       INT          NOT NULL,
    updated_rows   INT          NOT NULL,
    unchanged_rows INT          NOT NULL,
    refused_rows   INT          NOT NULL,
    CONSTRAINT pk_sync_report PRIMARY KEY (package_id, table_name),
    CONSTRAINT fk_sync_report_package FOREIGN KEY (package_id) REFERENCES sync_package (id)
);

-- People moved between stations at the centre; each travels to the old station in its feedback.
CREATE TABLE sync_transfer (
    person_id     UUID          NOT NULL,
    from_station  VARCHAR(10)   NOT NULL,
    to_station    VARCHAR(10)   NOT NULL,
    centre_seq    BIGINT        NOT NULL,
    transferred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    transferred_by VARCHAR(200) NOT NULL,
    CONSTRAINT pk_sync_transfer PRIMARY KEY (person_id, centre_seq)
);
