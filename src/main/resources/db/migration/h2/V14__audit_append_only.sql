-- The audit log is append-only (issue 13, docs/decisions/0014-audit-append-only.md).
-- Each line keeps the SHA-256 of the previous line's hash and its own fields (a hash chain, in id
-- order), so a line changed or removed with a database tool shows when the chain is checked.
ALTER TABLE audit_log ADD COLUMN row_hash VARBINARY(32);

-- A failed login is written down too (who tried, when); it changes no record.
ALTER TABLE audit_log ALTER COLUMN action SET DATA TYPE VARCHAR(16);
ALTER TABLE audit_log DROP CONSTRAINT ck_audit_action;
ALTER TABLE audit_log ADD CONSTRAINT ck_audit_action CHECK (action IN ('INSERT', 'UPDATE', 'DELETE', 'LOGIN_FAILED'));

-- The audit page filters by date and by user.
CREATE INDEX ix_audit_at ON audit_log (at);
CREATE INDEX ix_audit_user ON audit_log (user_name, at);

-- The head of the chain: the hash of the last line, locked by each writer while it adds lines
-- (so lines are chained one writer at a time). The lines of an upgraded database (up to
-- legacy_last_id) are chained once, by the first write after the upgrade.
CREATE TABLE audit_chain (
    id              INT     NOT NULL,
    head            VARBINARY(32),
    legacy_last_id  BIGINT  NOT NULL,
    legacy_chained  BOOLEAN NOT NULL,
    CONSTRAINT pk_audit_chain PRIMARY KEY (id),
    CONSTRAINT ck_audit_chain_single CHECK (id = 1)
);
INSERT INTO audit_chain (id, head, legacy_last_id, legacy_chained)
    SELECT 1, NULL, COALESCE(MAX(id), 0), COUNT(*) = 0 FROM audit_log;

-- The database itself refuses to change or delete a line: the class is the program's, loaded when
-- the trigger first fires (FORCE: the build's scratch database cannot load it, and needs not).
-- The only change it lets through is a line of an upgraded database getting its chain hash.
CREATE FORCE TRIGGER audit_log_append_only BEFORE UPDATE, DELETE ON audit_log FOR EACH ROW
    CALL 'vn.tramyte.db.AuditAppendOnly';
