package vn.tramyte.app;

import java.nio.file.Path;
import java.time.Clock;
import vn.tramyte.common.Ids;
import vn.tramyte.db.Database;
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
import vn.tramyte.security.UserRepository;
import vn.tramyte.security.UserService;
import vn.tramyte.setup.SetupService;
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
    private final SetupService setup;
    private final DemoService demo;
    private final NutritionService nutrition;
    private final CsvImportService csvImport;
    private final SyncService sync;

    private Services(Database db) {
        this.db = db;
        Ids ids = new Ids();
        this.places = new PlaceService(db, new PlaceRepository(), ReferencePlaces.loadBundled(), ids);
        this.people = new PersonService(db, new PersonRepository(), places, EthnicGroups.loadBundled(), ids);
        this.users = new UserService(db, new UserRepository(), ids);
        this.setup = new SetupService(db, places, people, users);
        this.nutrition = new NutritionService(db, new MeasurementRepository(), people, places,
                GrowthStandards.loadBundled(), ids);
        this.demo = new DemoService(db, places, people, users, nutrition);
        this.csvImport = new CsvImportService(db, people, places);
        csvImport.register(ImportFile.MEASUREMENTS, () -> new MeasurementRows(nutrition, people));
        // travelling tables, in dependency order: a table after every table it refers to (one line each)
        SyncTables syncTables = new SyncTables()
                .register(SyncTable.of("village"))
                .register(SyncTable.ofPerson("person", "id"))
                .register(SyncTable.ofPerson("measurement", "person_id"));
        this.sync = new SyncService(db, new SyncRepository(), syncTables, places, users, ids);
    }

    /** Opens the data folder (taking its lock, migrating its database) and wires the services. */
    public static Services open(Path dataDir, Clock clock) {
        Database db = Database.open(dataDir, clock);
        try {
            Services services = new Services(db);
            services.setup.ensureReferenceData();
            return services;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
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

    public SetupService setup() {
        return setup;
    }

    public NutritionService nutrition() {
        return nutrition;
    }

    public CsvImportService csvImport() {
        return csvImport;
    }

    public SyncService sync() {
        return sync;
    }

    public DemoService demo() {
        return demo;
    }

    @Override
    public void close() {
        db.close();
    }
}
