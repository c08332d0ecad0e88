package vn.tramyte.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import vn.tramyte.antenatal.AntenatalService;
import vn.tramyte.antenatal.PregnancyDates;
import vn.tramyte.common.Ids;
import vn.tramyte.common.UserError;
import vn.tramyte.db.Database;
import vn.tramyte.db.Tx;
import vn.tramyte.death.DeathService;
import vn.tramyte.nutrition.NutritionService;
import vn.tramyte.person.PersonService;
import vn.tramyte.place.CodeList;
import vn.tramyte.place.Installation;
import vn.tramyte.place.Mode;
import vn.tramyte.place.Place;
import vn.tramyte.place.PlaceService;
import vn.tramyte.place.Village;
import vn.tramyte.plan.TargetService;
import vn.tramyte.security.NewUser;
import vn.tramyte.security.Role;
import vn.tramyte.security.User;
import vn.tramyte.security.UserService;
import vn.tramyte.sync.SyncService;
import vn.tramyte.vaccination.VaccinationService;

/**
 * The demo: Than Uyên health centre with its 12 communes, their households and what their
 * stations recorded from 1 January two years before today up to today (pregnancies, births,
 * doses, weighing rounds, deaths), made through the same rules as typed records (validated,
 * numbered, audited) but written in bulk. The centre has received its stations' data packages
 * about monthly; two stations lag, so their latest records have not arrived. Or, given one of the
 * communes' codes, that station alone, up to today.
 */
public final class DemoService {
    public static final String CENTRE_CODE = "110";
    static final String CENTRE_USER = "Nguyễn Thị Thu Hà";
    static final String STATION_USER = "Lò Thị Hương";
    /** The station demo of the setup screen: Mường Kim. */
    public static final String STATION_DEMO = "03637";
    /** Where the centre demo leaves its stations' enrolment files, and the file naming their codes. */
    public static final String ENROLMENT_FOLDER = "demo-enrolment";
    static final String CODES_FILE = "codes.txt";
    /** Mường Kim, Tà Mung and Khoen On: their enrolment files are ready for a trainer to set a station up. */
    static final Set<String> ENROLLED_STATIONS = Set.of(STATION_DEMO, "03638", "03643");
    private static final long SEED = 20241122L;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DemoService.class);

    private final Database db;
    private final PlaceService places;
    private final UserService users;
    private final NutritionService nutrition;
    private final VaccinationService vaccination;
    private final SyncService sync;
    private final DemoTargets targets;
    private final DemoWriter writer;
    private final Ids ids;

    public DemoService(Database db, PlaceService places, PersonService people, UserService users,
                       NutritionService nutrition, VaccinationService vaccination, AntenatalService antenatal,
                       DeathService deaths, TargetService targets, SyncService sync, Ids ids) {
        this.db = db;
        this.places = places;
        this.users = users;
        this.nutrition = nutrition;
        this.vaccination = vaccination;
        this.sync = sync;
        this.targets = new DemoTargets(places, targets);
        this.writer = new DemoWriter(people, vaccination, antenatal, nutrition, deaths);
        this.ids = ids;
    }

    /** Fills an empty database with the centre's demo; refused when this installation is already set up. */
    public Installation create() {
        return create(null, DemoProgress.NONE);
    }

    public Installation create(String stationCode) {
        return create(stationCode, DemoProgress.NONE);
    }

    /**
     * Fills an empty database with the demo: the Than Uyên centre with its 12 stations, or,
     * given one of their codes, that station alone (to try data entry as a station does).
     */
    public Installation create(String stationCode, DemoProgress progress) {
        return create(stationCode, progress, null);
    }

    /**
     * The same, and the demo's documented users ({@link DemoUsers}) with, when given, one more
     * administrator (the command line's {@code --user}, so that scripts can use the demo). The demo's
     * administrator is logged in when it is made.
     */
    public Installation create(String stationCode, DemoProgress progress, NewUser extraAdministrator) {
        List<DemoStation> stations = DemoStation.thanUyen().stream()
                .filter(s -> stationCode == null || s.code().equals(stationCode)).toList();
        if (stations.isEmpty()) {
            throw new UserError("demo.error.unknownStation", stationCode);
        }
        boolean centre = stationCode == null;
        Place place = centre ? places.find(Mode.CENTRE, CodeList.Y2024, CENTRE_CODE).orElseThrow()
                : places.find(Mode.STATION, CodeList.Y2024, stationCode).orElseThrow();
        // the records are made as if typed over the months by the demo's documented user of the station (or
        // centre), named as the audit names a logged-in user: each audit line names a user who exists here
        String user = DemoUsers.of(centre).get(1).auditName();
        Steps steps = new Steps(progress, stations.size(), centre ? ENROLLED_STATIONS.size() : 0);
        Installation made = db.write(user, tx -> {
            if (places.installation(tx).isPresent()) {
                throw new UserError("demo.error.notEmpty");
            }
            Installation installation = places.setUp(tx, centre ? Mode.CENTRE : Mode.STATION, place, true);
            addUsers(tx, centre, extraAdministrator);
            fill(tx, stations, centre, steps);
            if (centre) {
                targets.load(tx, place);
            }
            return installation;
        });
        if (centre) {
            enrolStations(stations, steps);
        }
        steps.done();
        return made;
    }

    /** The documented users, and the extra administrator in the place of a documented user of the same login. */
    private void addUsers(Tx tx, boolean centre, NewUser extraAdministrator) {
        NewUser extra = extraAdministrator == null ? null : new NewUser(extraAdministrator.fullName(),
                UserService.normaliseLogin(extraAdministrator.loginName()), Role.ADMINISTRATOR, extraAdministrator.password());
        String extraLogin = extra == null ? null : extra.loginName();
        List<NewUser> made = new ArrayList<>();
        for (DemoUsers.Login login : DemoUsers.of(centre)) {
            // a documented login keeps its documented name (the login page lists it), with the given password
            made.add(login.loginName().equals(extraLogin) ? new NewUser(login.fullName(), extraLogin, Role.ADMINISTRATOR,
                    extra.password()) : login.toNew());
        }
        if (extraLogin != null && made.stream().noneMatch(u -> u.loginName().equals(extraLogin))) {
            made.add(extra);
        }
        User admin = users.createFirstAdministrator(tx, made.get(0));
        for (NewUser other : made.subList(1, made.size())) {
            users.addWhileSettingUp(tx, admin, other);
        }
    }

    private void fill(Tx tx, List<DemoStation> stations, boolean centre, Steps steps) {
        LocalDate today = tx.now().toLocalDate();
        Random arrivals = new Random(SEED);
        List<DemoRecords> kept = new ArrayList<>();
        Map<String, List<LocalDate>> packageDays = new LinkedHashMap<>();
        Map<String, Integer> villageCounts = new HashMap<>();
        for (int i = 0; i < stations.size(); i++) {
            DemoStation station = stations.get(i);
            steps.making(i + 1);
            List<Village> villages = new ArrayList<>();
            for (String name : station.villages()) {
                villages.add(places.addVillage(tx, station.code(), name));
            }
            villageCounts.put(station.code(), villages.size());
            DemoCommune commune = make(station, villages, i, today);
            if (centre) {
                List<LocalDate> days = DemoArrivals.packageDays(station, commune.start, today, arrivals);
                packageDays.put(station.code(), days);
                kept.add(commune.records.upTo(days.get(days.size() - 1),
                        p -> PregnancyDates.beyondMaximum(PregnancyDates.gestationalAge(p.draft.lmp(), today))));
            } else {
                kept.add(commune.records);
            }
        }
        List<DemoRecords.Write> numbered = DemoWriter.number(tx, kept);
        for (int i = 0; i < kept.size(); i++) {
            steps.saving(i + 1);
            writer.write(tx, kept.get(i));
        }
        if (centre) {
            steps.packages();
            sync.recordReceived(tx, DemoArrivals.received(kept, packageDays, villageCounts, numbered, tx.now(),
                    arrivals));
        }
    }

    /** One commune's households and history, in memory, from its own random stream. */
    private DemoCommune make(DemoStation station, List<Village> villages, int index, LocalDate today) {
        DemoCommune commune = new DemoCommune(station, villages, SEED, ids, today);
        commune.households();
        commune.newCouples();
        commune.planBirths();
        DemoPregnancies pregnancies = new DemoPregnancies(commune,
                station.code().equals(STATION_DEMO) ? STATION_USER : DemoPeople.HEALTH_WORKERS.get(index));
        pregnancies.oldCards();
        pregnancies.fill();
        new DemoDeaths(commune).fill();
        new DemoVaccinations(commune, vaccination.catalogue()).fill();
        new DemoMeasurements(commune, nutrition).fill();
        return commune;
    }

    /**
     * Three stations' enrolment files are ready, so that a trainer can set a station computer up
     * from one (its records come with it, as for a station's new computer) and practise export,
     * import and feedback. Demo only: the one-time codes are written beside the files.
     */
    private void enrolStations(List<DemoStation> stations, Steps steps) {
        java.nio.file.Path folder = db.dataDir().resolve(ENROLMENT_FOLDER);
        StringBuilder codes = new StringBuilder();
        int done = 0;
        for (DemoStation station : stations) {
            if (!ENROLLED_STATIONS.contains(station.code())) {
                continue;
            }
            steps.enrolling(++done);
            SyncService.Enrolment e = sync.enrolForPractice(station.code(), folder);
            codes.append(e.file().getFileName()).append("  ").append(e.code()).append('\n');
        }
        try {
            java.nio.file.Files.writeString(folder.resolve(CODES_FILE), codes);
        } catch (java.io.IOException e) {
            LOG.warn("cannot write the demo's enrolment codes in {}", folder, e);
            throw new UserError("sync.error.unwritable", folder.toString());
        }
    }

    /** The progress of the whole demo: making a station counts 1, saving it 4, the packages 2, a file 3. */
    private static final class Steps {
        private final DemoProgress progress;
        private final int stations;
        private final int files;
        private final double total;
        private final long started = System.nanoTime();
        private final java.util.Map<DemoProgress.Step, Long> stepStarted = new java.util.EnumMap<>(DemoProgress.Step.class);

        Steps(DemoProgress progress, int stations, int files) {
            this.progress = progress;
            this.stations = stations;
            this.files = files;
            this.total = stations * 5.0 + (files > 0 ? 2 : 0) + files * 3.0;
        }

        /** The time of each step, for the log (where a slow machine spends it). */
        void done() {
            StringBuilder sb = new StringBuilder();
            long previous = started;
            for (var e : stepStarted.entrySet()) {
                sb.append((e.getValue() - previous) / 1_000_000).append(" ms, then ").append(e.getKey()).append(' ');
                previous = e.getValue();
            }
            LOG.info("demo built in {} ms ({}then {} ms)", (System.nanoTime() - started) / 1_000_000, sb,
                    (System.nanoTime() - previous) / 1_000_000);
        }

        void making(int station) {
            stepStarted.putIfAbsent(DemoProgress.Step.MAKING, System.nanoTime());
            progress.update(DemoProgress.Step.MAKING, station, stations, (station - 1) / total);
        }

        void saving(int station) {
            stepStarted.putIfAbsent(DemoProgress.Step.SAVING, System.nanoTime());
            progress.update(DemoProgress.Step.SAVING, station, stations, (stations + 4.0 * (station - 1)) / total);
        }

        void packages() {
            stepStarted.putIfAbsent(DemoProgress.Step.PACKAGES, System.nanoTime());
            progress.update(DemoProgress.Step.PACKAGES, 1, 1, stations * 5.0 / total);
        }

        void enrolling(int file) {
            stepStarted.putIfAbsent(DemoProgress.Step.ENROLMENT, System.nanoTime());
            progress.update(DemoProgress.Step.ENROLMENT, file, files, (stations * 5.0 + 2 + 3.0 * (file - 1)) / total);
        }
    }
}
