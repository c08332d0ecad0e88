-- The province (issue 16 phase 2, docs/decisions/0016-the-province.md): a third mode; a centre enrols
-- with its province as a station enrols with its centre, and sends it upward packages.

-- A province installation (the whole province's records, received from its centres).
ALTER TABLE installation DROP CONSTRAINT ck_installation_mode;
ALTER TABLE installation ADD CONSTRAINT ck_installation_mode CHECK (mode IN ('STATION', 'CENTRE', 'PROVINCE'));

-- At a centre, its province is a peer (the receiver of its upward packages); at a province each
-- enrolled centre is a peer with the role CENTRE.
--   at a centre, for its PROVINCE peer: fed_seq = the centre's change number when the last upward
--   package was made (the next one carries what arrived after it)
--   at a province, for each CENTRE peer: received_seq = the highest change of the centre received
--   without a gap
ALTER TABLE sync_peer DROP CONSTRAINT ck_sync_peer_role;
ALTER TABLE sync_peer ADD CONSTRAINT ck_sync_peer_role CHECK (role IN ('STATION', 'CENTRE', 'PROVINCE'));

-- UPWARD: centre -> province, the rows of all the centre's stations.
ALTER TABLE sync_package DROP CONSTRAINT ck_sync_package_kind;
ALTER TABLE sync_package ADD CONSTRAINT ck_sync_package_kind
    CHECK (kind IN ('ENROLMENT', 'DATA', 'FEEDBACK', 'UPWARD'));

-- A centre has two key pairs: its own (id 1, which its stations know) and the one its province made
-- for it at enrolment (id 2, which signs its upward packages).
ALTER TABLE sync_identity DROP CONSTRAINT ck_sync_identity_single;
ALTER TABLE sync_identity ADD CONSTRAINT ck_sync_identity_id CHECK (id IN (1, 2));
