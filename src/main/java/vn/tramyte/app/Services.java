package vn.tramyte.app;

import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import vn.tramyte.common.Ids;
import vn.tramyte.antenatal.AncVisitRows;
import vn.tramyte.antenatal.AntenatalRepository;
import vn.tramyte.antenatal.BirthRows;
import vn.tramyte.antenatal.DeliveryRows;
import vn.tramyte.antenatal.PregnancyRows;
import vn.tramyte.antenatal.AntenatalService;
import vn.tramyte.db.Database;
import vn.tramyte.death.DeathRepository;
import vn.tramyte.death.DeathRows;
import vn.tramyte.death.DeathService;
import vn.tramyte.demo.DemoService;
import vn.tramyte.csvimport.ImportFile;
import vn.tramyte.importer.CsvImportService;
import vn.tramyte.nutrition.MeasurementRows;
import vn.tramyte.nutrition.MeasurementRepository;
import vn.tramyte.nutrition.NutritionService;
import vn.tramyte.nutrition.growth.GrowthStandards;
import vn.tramyte.person.EthnicGroups;
import vn.tramyte.person.PersonRepository;
import vn.tramyte.person.PersonService;
import vn.tramyte.place.PlaceRepository;
import vn.tramyte.place.PlaceService;
import vn.tramyte.place.ReferencePlaces;
import vn.tramyte.report.Dhis2MappingRepository;
import vn.tramyte.report.Dhis2MappingService;
import vn.tramyte.report.ReportFiles;
import vn.tramyte.report.ReportRepository;
import vn.tramyte.report.ReportService;
import vn.tramyte.common.UserError;
import vn.tramyte.db.DatabaseKey;
import vn.tramyte.security.DatabaseKeys;
import vn.tramyte.security.Keyring;
import vn.tramyte.security.Session;
import vn.tramyte.security.UserRepository;
import vn.tramyte.security.UserService;
import vn.tramyte.setup.SetupService;
import vn.tramyte.plan.TargetRepository;
import vn.tramyte.plan.TargetService;
import vn.tramyte.vaccination.VaccinationRepository;
import vn.tramyte.vaccination.VaccinationService;
import vn.tramyte.vaccination.VaccinationRows;
import vn.tramyte.sync.ReferenceData;
import vn.tramyte.sync.SyncRepository;
import vn.tramyte.sync.SyncService;
import vn.tramyte.sync.SyncTable;
import vn.tramyte.sync.SyncTables;

/**
 * The composition root: every service of one data folder, wired by hand. The window and
 * the command line both start here; nothing else creates services.
 */
public final class Services implements AutoCloseable {
    private final Database db;
    private final PlaceService places;
    private final PersonService people;
    private final UserService users;
    private final Session session;
    private final SetupService setup;
    private final DemoService demo;
    private final NutritionService nutrition;
    private final CsvImportService csvImport;
    private final VaccinationService vaccination;
    private final AntenatalService antenatal;
    private final DeathService deaths;
    private final SyncService sync;
    private final TargetService targets;
    private final ReportService reports;
    private final Dhis2MappingService dhis2Mapping;
    private final ReportFiles reportFiles;
    private final vn.tramyte.backup.BackupService backups;
    private final vn.tramyte.audit.AuditService audit;
    private final DatabaseKeys keys;

    private Services(Database db, DatabaseKeys keys) {
        this.db = db;
        this.keys = keys;
        Ids ids = new Ids();
        this.session = new Session(db.clock());
        db.auditAs(session::auditName);
        this.places = new PlaceService(db, new PlaceRepository(), ReferencePlaces.loadBundled(), ids);
        this.people = new PersonService(db, new PersonRepository(), places, EthnicGroups.loadBundled(), ids,
                session);
        this.users = new UserService(db, new UserRepository(), ids, session, keys);
        this.setup = new SetupService(db, places, people, users);
        this.nutrition = new NutritionService(db, new MeasurementRepository(), people, places,
                GrowthStandards::loadBundled, ids, session);
        this.vaccination = new VaccinationService(db, new VaccinationRepository(), people, places, ids, session);
        this.antenatal = new AntenatalService(db, new AntenatalRepository(), people, places, vaccination, ids,
                session);
        this.deaths = new DeathService(db, new DeathRepository(), people, places, antenatal, ids, session);
        this.targets = new TargetService(db, new TargetRepository(), places, session);
        this.csvImport = new CsvImportService(db, people, places, session);
        csvImport.register(ImportFile.MEASUREMENTS, () -> new MeasurementRows(nutrition, people));
        csvImport.register(ImportFile.VACCINATIONS, () -> new VaccinationRows(vaccination, people));
        csvImport.register(ImportFile.PREGNANCIES, () -> new PregnancyRows(antenatal, people));
        csvImport.register(ImportFile.ANC_VISITS, () -> new AncVisitRows(antenatal));
        csvImport.register(ImportFile.DELIVERIES, () -> new DeliveryRows(antenatal, people));
        csvImport.register(ImportFile.BIRTHS, BirthRows::new);
        csvImport.register(ImportFile.DEATHS, () -> new DeathRows(deaths, people, places));
        // travelling tables, in dependency order: a table after every table it refers to (one line each)
        SyncTables syncTables = new SyncTables()
                .register(SyncTable.of("village").labelled("sync.table.village"))
                .register(SyncTable.ofPerson("person", "id").labelled("sync.table.person"))
                .register(SyncTable.ofPerson("measurement", "person_id").labelled("sync.table.measurement"))
                .register(SyncTable.ofPerson("vaccination", "person_id").labelled("sync.table.vaccination"))
                .register(SyncTable.ofPerson("pregnancy", "woman_id").labelled("sync.table.pregnancy"))
                .register(SyncTable.ofPersonVia("anc_visit",
                        "(SELECT p.woman_id FROM pregnancy p WHERE p.id = anc_visit.pregnancy_id)")
                        .labelled("sync.table.ancVisit"))
                .register(SyncTable.ofPersonVia("delivery",
                        "(SELECT p.woman_id FROM pregnancy p WHERE p.id = delivery.pregnancy_id)")
                        .labelled("sync.table.delivery"))
                .register(SyncTable.ofPersonVia("birth", "(SELECT p.woman_id FROM pregnancy p JOIN delivery d "
                        + "ON d.pregnancy_id = p.id WHERE d.id = birth.delivery_id)").labelled("sync.table.birth"))
                .register(SyncTable.ofPerson("death", "person_id").labelled("sync.table.death"))
                // report lines of the centre's reference data, received with its feedback
                .labelled("vaccine_catalogue", "sync.table.vaccineCatalogue")
                .labelled(TargetService.TABLE, "sync.table.planTarget");
        // the centre's reference data, sent to its stations in every enrolment and feedback
        List<ReferenceData> reference = List.of(
                new ReferenceData("vaccine_catalogue", "vaccine_catalogue.csv", vaccination::catalogueVersion,
                        vaccination::catalogueFile, vaccination::receiveCatalogue),
                new ReferenceData(TargetService.TABLE, "plan_target.csv", targets::version, targets::file,
                        targets::receive));
        this.sync = new SyncService(db, new SyncRepository(), syncTables, reference, places, users, ids,
                session);
        // a person's history in the audit: their rows in every table whose rows belong to a person
        java.util.Map<String, String> personLinks = new java.util.LinkedHashMap<>();
        syncTables.inOrder().stream().filter(t -> t.personColumn() != null)
                .forEach(t -> personLinks.put(t.name(), t.personColumn()));
        this.audit = new vn.tramyte.audit.AuditService(db, new vn.tramyte.audit.AuditRepository(personLinks), people,
                session);
        this.reports = new ReportService(db, new ReportRepository(), places, targets, vaccination, nutrition);
        this.dhis2Mapping = new Dhis2MappingService(db, new Dhis2MappingRepository(), places, session);
        this.reportFiles = new ReportFiles(dhis2Mapping, db.clock(), session);
        this.backups = new vn.tramyte.backup.BackupService(db, session, keys.key());
        this.demo = new DemoService(db, places, people, users, nutrition, vaccination, antenatal, deaths, targets,
                sync, ids);
    }

    /**
     * Opens a data folder nobody can log in to yet (new, or of an earlier version: its key is kept unwrapped
     * until the first administrator, decision 0013); a folder whose key is wrapped is refused with a sentence:
     * {@link #unlock} or {@link #recover} open it.
     */
    public static Services open(Path dataDir, Clock clock) {
        return open(dataDir, clock, null);
    }

    /**
     * The same with the password of the database server the folder's settings name (decision 0015; null: from
     * TRAMYTE_DB_PASSWORD or ~/.pgpass). Every way of opening has this form; the password is unused for H2.
     */
    public static Services open(Path dataDir, Clock clock, char[] serverPassword) {
        return openWith(dataDir, clock, keyForSetup(dataDir), serverPassword);
    }

    /**
     * The key of a folder nobody has claimed: kept in its keyring; a new one for a new folder or a plain
     * database of an earlier version (which the opening encrypts).
     */
    public static DatabaseKey keyForSetup(Path dataDir) {
        Keyring keyring = Keyring.load(dataDir);
        if (keyring.locked()) {
            throw new UserError("security.error.logInToOpen");
        }
        java.util.Optional<DatabaseKey> kept = keyring.setupKey();
        if (kept.isPresent()) {
            return kept.get();
        }
        if (Database.exists(dataDir) && Database.encrypted(dataDir)) {
            throw new UserError("security.error.keyringMissing", dataDir.resolve(Keyring.FILE).toString());
        }
        DatabaseKey key = DatabaseKey.random();
        keyring.keepSetupKey(key);
        keyring.save();
        return key;
    }

    /**
     * The database key of a folder, from a user's password (or kept unwrapped in a folder nobody claimed);
     * a wrong password or a user without a wrap is refused, the same sentence either way.
     */
    public static DatabaseKey keyFor(Path dataDir, Clock clock, String loginName, char[] password) {
        Keyring keyring = Keyring.load(dataDir);
        if (!keyring.locked()) {
            return keyForSetup(dataDir);
        }
        String login = UserService.normaliseLogin(loginName);
        // the database cannot count wrong passwords before it opens: a file beside the keyring does (issue 13)
        vn.tramyte.security.FailedUnlocks failed = vn.tramyte.security.FailedUnlocks.load(dataDir);
        String kept = vn.tramyte.security.FailedUnlocks.kept(login, keyring.hasUser(login));
        failed.checkWait(kept, clock.instant());
        java.util.Optional<DatabaseKey> key = keyring.unwrapForUser(login, password);
        if (key.isEmpty()) {
            failed.record(kept, clock.instant());
            throw new UserError("security.error.wrongPasswordLocked");
        }
        return key.get();
    }

    /** Opens a data folder with its password and logs the user in (the window's login, the command line). */
    public static Services unlock(Path dataDir, Clock clock, String loginName, char[] password) {
        return unlock(dataDir, clock, loginName, password, null);
    }

    public static Services unlock(Path dataDir, Clock clock, String loginName, char[] password,
                                  char[] serverPassword) {
        Services services = openWith(dataDir, clock, keyFor(dataDir, clock, loginName, password), serverPassword);
        try {
            if (!services.users.needsFirstAdministrator()) {
                services.login(loginName, password);
            }
            return services;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    /**
     * The last administrator forgot the password: the recovery code unwraps the key, opens the folder and
     * sets the administrator's new password (audited), then logs them in with it.
     */
    public static Services recover(Path dataDir, Clock clock, String recoveryCode, String loginName,
                                   char[] newPassword) {
        return recover(dataDir, clock, recoveryCode, loginName, newPassword, null);
    }

    public static Services recover(Path dataDir, Clock clock, String recoveryCode, String loginName,
                                   char[] newPassword, char[] serverPassword) {
        Keyring keyring = Keyring.load(dataDir);
        DatabaseKey key = !keyring.locked() ? keyForSetup(dataDir) : keyring.unwrapWithRecovery(recoveryCode)
                .orElseThrow(() -> new UserError("security.error.wrongRecoveryCode"));
        Services services = openWith(dataDir, clock, key, serverPassword);
        try {
            vn.tramyte.security.User admin = services.users.resetWithRecoveryCode(recoveryCode, loginName, newPassword);
            services.users.login(admin.loginName(), newPassword);
            return services;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    /** Opens the data folder with its key (taking its lock, migrating its database) and wires the services. */
    public static Services openWith(Path dataDir, Clock clock, DatabaseKey key) {
        return openWith(dataDir, clock, key, null);
    }

    public static Services openWith(Path dataDir, Clock clock, DatabaseKey key, char[] serverPassword) {
        Database db = Database.open(dataDir, clock, key, serverPassword);
        try {
            Services services = new Services(db, new DatabaseKeys(dataDir, key));
            vn.tramyte.sync.SyncSecret.protectWithDatabaseKey(db); // sync-secret.key of an earlier version
            services.users.auditFailedUnlocks(dataDir); // wrong passwords typed before it could open
            // half-written copies a power cut left in backups/ (issue 13)
            services.backups.removeStaleParts();
            services.setup.ensureReferenceData();
            services.vaccination.ensureCatalogue();
            return services;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** The services on a throw-away database with no folder ({@link Prewarm#rehearse}): never opened by a user. */
    static Services rehearsal(Database inMemory) {
        return new Services(inMemory, new DatabaseKeys(null, vn.tramyte.db.DatabaseKey.random()));
    }

    /** The open folder's database key and keyring (a restore reopens the folder with it). */
    public DatabaseKeys keys() {
        return keys;
    }

    public Database database() {
        return db;
    }

    public PlaceService places() {
        return places;
    }

    public PersonService people() {
        return people;
    }

    public UserService users() {
        return users;
    }

    /** Who is logged in to this data folder (issue 13): services ask it before any change or export. */
    public Session session() {
        return session;
    }

    /** Logs a user in with their password; refused (one sentence) when wrong, disabled or waiting. */
    public vn.tramyte.security.User login(String loginName, char[] password) {
        return users.login(loginName, password);
    }

    public SetupService setup() {
        return setup;
    }

    public NutritionService nutrition() {
        return nutrition;
    }

    public VaccinationService vaccination() {
        return vaccination;
    }

    public AntenatalService antenatal() {
        return antenatal;
    }

    public DeathService deaths() {
        return deaths;
    }

    public CsvImportService csvImport() {
        return csvImport;
    }

    public TargetService targets() {
        return targets;
    }

    public ReportService reports() {
        return reports;
    }

    /** Which DHIS2 codes the report's counts go to. */
    public Dhis2MappingService dhis2Mapping() {
        return dhis2Mapping;
    }

    /** Writes a report to csv, xlsx, pdf, DHIS2 JSON or ADX, and the records behind a number to pdf. */
    public ReportFiles reportFiles() {
        return reportFiles;
    }

    public SyncService sync() {
        return sync;
    }

    /** The backups of this data folder: list, back up now, to USB, what one holds. */
    public vn.tramyte.backup.BackupService backups() {
        return backups;
    }

    /** The audit log, read: filtered, in words, and checked. */
    public vn.tramyte.audit.AuditService audit() {
        return audit;
    }

    public DemoService demo() {
        return demo;
    }

    @Override
    public void close() {
        try {
            // what the login screen shows before the database opens next time (the keyring, decision 0013)
            setup.installation().ifPresent(i -> keys.describe(i.place().label(), i.demo(),
                    i.mode().supervises()));
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(Services.class).warn("the keyring's description not written", e);
        }
        db.close();
    }
}
