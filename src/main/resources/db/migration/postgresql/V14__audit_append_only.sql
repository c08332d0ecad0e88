-- The audit log is append-only (issue 13, docs/decisions/0014-audit-append-only.md).
-- Each line keeps the SHA-256 of the previous line's hash and its own fields (a hash chain, in id
-- order), so a line changed or removed with a database tool shows when the chain is checked.
ALTER TABLE audit_log ADD COLUMN row_hash BYTEA;

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
    head            BYTEA,
    legacy_last_id  BIGINT  NOT NULL,
    legacy_chained  BOOLEAN NOT NULL,
    CONSTRAINT pk_audit_chain PRIMARY KEY (id),
    CONSTRAINT ck_audit_chain_single CHECK (id = 1)
);
INSERT INTO audit_chain (id, head, legacy_last_id, legacy_chained)
    SELECT 1, NULL, COALESCE(MAX(id), 0), COUNT(*) = 0 FROM audit_log;

-- PostgreSQL's copy of V14 (decision 0015): the same tables, with BYTEA for H2's VARBINARY, and the
-- database itself refuses to change or delete a line by a PL/pgSQL trigger instead of H2's Java one
-- (vn.tramyte.db.AuditAppendOnly). The only change it lets through is a line of an upgraded database
-- getting its chain hash, every other field the same. SQLSTATE 45000, as H2's trigger reports.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.row_hash IS NULL AND NEW.row_hash IS NOT NULL
            AND (to_jsonb(NEW) - 'row_hash') = (to_jsonb(OLD) - 'row_hash') THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the audit log is append-only: its lines are never changed nor deleted'
        USING ERRCODE = '45000';
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW
    EXECUTE FUNCTION audit_log_append_only();
