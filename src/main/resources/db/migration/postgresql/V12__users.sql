-- Users who log in (issue 13). Each user has a login name, a role, an active flag and an Argon2id
-- password hash with its own salt and cost parameters, so that a later version can also wrap the
-- database key under the same derivation (encryption at rest) without asking for new passwords.
ALTER TABLE app_user ADD COLUMN login_name VARCHAR(64);
ALTER TABLE app_user ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE app_user ADD COLUMN password_hash BYTEA;
ALTER TABLE app_user ADD COLUMN password_salt BYTEA;
ALTER TABLE app_user ADD COLUMN kdf_memory_kib INT;
ALTER TABLE app_user ADD COLUMN kdf_iterations INT;
ALTER TABLE app_user ADD COLUMN kdf_parallelism INT;
-- wrong passwords in a row and when the last one was typed: after 5, a growing wait before the next try
ALTER TABLE app_user ADD COLUMN failed_logins INT DEFAULT 0 NOT NULL;
ALTER TABLE app_user ADD COLUMN last_failed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE app_user ADD COLUMN password_changed_at TIMESTAMP WITH TIME ZONE;
CREATE UNIQUE INDEX uq_app_user_login ON app_user (login_name);

-- The users of earlier versions were names without a password: they are kept (the audit names them)
-- but cannot log in; the first start asks for a new administrator.
UPDATE app_user SET active = FALSE,
    role = CASE role WHEN 'ADMIN' THEN 'ADMINISTRATOR' ELSE 'STATION_STAFF' END;

-- The recovery code of the installation, printed once at setup: only its Argon2id hash is kept.
CREATE TABLE recovery_code (
    id              INT          NOT NULL,
    code_hash       BYTEA NOT NULL,
    code_salt       BYTEA NOT NULL,
    kdf_memory_kib  INT          NOT NULL,
    kdf_iterations  INT          NOT NULL,
    kdf_parallelism INT          NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_recovery_code PRIMARY KEY (id),
    CONSTRAINT ck_recovery_code_single CHECK (id = 1)
);
