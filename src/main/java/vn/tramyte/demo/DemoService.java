package vn.tramyte.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import vn.tramyte.common.UserError;
import vn.tramyte.antenatal.AntenatalService;
import vn.tramyte.db.Database;
import vn.tramyte.death.DeathService;
import vn.tramyte.db.Tx;
import vn.tramyte.nutrition.NutritionService;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.PersonService;
import vn.tramyte.person.Sex;
import vn.tramyte.place.CodeList;
import vn.tramyte.place.Installation;
import vn.tramyte.place.Mode;
import vn.tramyte.place.Place;
import vn.tramyte.place.PlaceService;
import vn.tramyte.place.Village;
import vn.tramyte.security.UserService;
import vn.tramyte.sync.SyncService;
import vn.tramyte.plan.TargetService;
import vn.tramyte.vaccination.VaccinationService;

/**
 * The demo: Than Uyên health centre with its 12 communes, villages, and families of
 * mothers and children over about two years, made through the same services as typed
 * records (validated, numbered, audited). Each feature adds its records here.
 */
public final class DemoService {
    public static final String CENTRE_CODE = "110";
    static final String CENTRE_USER = "Nguyễn Thị Thu Hà";
    static final String STATION_USER = "Lò Thị Hương";
    /** The station demo of the setup screen: Mường Kim. */
    public static final String STATION_DEMO = "03637";
    static final String TARGETS_SEED = "/reference/targets-seed-plans.csv";
    /** Where the centre demo leaves its stations' enrolment files, and the file naming their codes. */
    public static final String ENROLMENT_FOLDER = "demo-enrolment";
    static final String CODES_FILE = "codes" + ".txt";
    /** Mường Kim, Tà Mung and Khoen On: enrolled in the centre demo; the other nine are not yet. */
    static final java.util.Set<String> ENROLLED_STATIONS = java.util.Set.of(STATION_DEMO, "03638", "03643");
    private static final long SEED = 20241122L;

    private final Database db;
    private final PlaceService places;
    private final PersonService people;
    private final UserService users;
    private final NutritionService nutrition;
    private final VaccinationService vaccination;
    private final AntenatalService antenatal;
    private final DeathService deaths;
    private final TargetService targets;
    private final SyncService sync;

    public DemoService(Database db, PlaceService places, PersonService people, UserService users,
                       NutritionService nutrition, VaccinationService vaccination, AntenatalService antenatal,
                       DeathService deaths, TargetService targets, SyncService sync) {
        this.db = db;
        this.places = places;
        this.people = people;
        this.users = users;
        this.nutrition = nutrition;
        this.vaccination = vaccination;
        this.antenatal = antenatal;
        this.deaths = deaths;
        this.targets = targets;
        this.sync = sync;
    }

    /** Fills an empty database with the centre's demo; refused when this installation is already set up. */
    public Installation create() {
        return create(null);
    }

    /**
     * Fills an empty database with the demo: the Than Uyên centre with its 12 stations, or,
     * given one of their codes, that station alone (to try data entry as a station does).
     */
    public Installation create(String stationCode) {
        List<DemoStation> stations = DemoStation.thanUyen().stream()
                .filter(s -> stationCode == null || s.code().equals(stationCode)).toList();
        if (stations.isEmpty()) {
            throw new UserError("demo.error.unknownStation", stationCode);
        }
        Place place = stationCode == null ? places.find(Mode.CENTRE, CodeList.Y2024, CENTRE_CODE).orElseThrow()
                : places.find(Mode.STATION, CodeList.Y2024, stationCode).orElseThrow();
        String user = stationCode == null ? CENTRE_USER : STATION_USER;
        Installation made = db.write(user, tx -> {
            if (places.installation(tx).isPresent()) {
                throw new UserError("demo.error.notEmpty");
            }
            Installation installation = places.setUp(tx, stationCode == null ? Mode.CENTRE : Mode.STATION, place, true);
            users.addFirstUser(tx, user);
            Random random = new Random(SEED);
            LocalDate today = tx.now().toLocalDate();
            for (DemoStation station : stations) {
                fillStation(tx, station, random, today);
            }
            measureChildren(tx, random, today);
            pregnanciesAndDeaths(tx, stations, random, today);
            vaccinate(tx, random, today);
            if (stationCode == null) {
                planTargets(tx, place);
            }
            return installation;
        });
        if (stationCode == null) {
            enrolStations(stations);
        }
        return made;
    }

    /**
     * The centre demo has enrolled three of its stations (a roll-out half done: the sync page
     * shows both states), so that a trainer can set a station computer up from one of the files
     * (its records come with it) and practise export, import and feedback. Demo only: the
     * one-time codes are written beside the files.
     */
    private void enrolStations(List<DemoStation> stations) {
        java.nio.file.Path folder = db.dataDir().resolve(ENROLMENT_FOLDER);
        StringBuilder codes = new StringBuilder();
        for (DemoStation station : stations) {
            if (!ENROLLED_STATIONS.contains(station.code())) {
                continue;
            }
            SyncService.Enrolment e = sync.enrol(station.code(), folder);
            codes.append(e.file().getFileName()).append("  ").append(e.code()).append('\n');
        }
        try {
            java.nio.file.Files.writeString(folder.resolve(CODES_FILE), codes);
        } catch (java.io.IOException e) {
            throw new UserError("sync.error.unwritable", folder.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** The centre's targets: the rows of the source plans (shared reference) for Than Uyên and its communes. */
    private void planTargets(Tx tx, Place centre) {
        java.util.Set<String> ours = new java.util.HashSet<>();
        ours.add(centre.code());
        places.stationsOf(centre).forEach(p -> ours.add(p.code()));
        StringBuilder file = new StringBuilder();
        try (var in = DemoService.class.getResourceAsStream(TARGETS_SEED);
             var lines = new java.io.BufferedReader(new java.io.InputStreamReader(java.util.Objects.requireNonNull(in,
                     TARGETS_SEED), java.nio.charset.StandardCharsets.UTF_8)).lines()) {
            lines.forEach(line -> {
                String[] cells = line.split(",", -1);
                if (file.length() == 0 || cells.length > 1 && ours.contains(cells[1])) {
                    file.append(line).append('\n');
                }
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        targets.importTargets(tx, new java.io.StringReader(file.toString()), TARGETS_SEED);
    }

    /** Each later feature adds its records after the people exist, from the same random stream. */
    private void measureChildren(Tx tx, Random random, LocalDate today) {
        DemoMeasurements rounds = new DemoMeasurements(nutrition);
        for (PersonRow p : people.rows(tx)) {
            if (p.motherId() != null) {
                rounds.measure(tx, NutritionService.child(p), random, today);
            }
        }
    }

    /**
     * Doses of the children (every state of the card) and tetanus doses of some mothers; after
     * the deliveries, so the newborns have theirs too; the dead are left out.
     */
    private void vaccinate(Tx tx, Random random, LocalDate today) {
        DemoVaccinations doses = new DemoVaccinations(vaccination);
        List<PersonRow> rows = people.rows(tx).stream().filter(PersonRow::alive).toList();
        java.util.Map<UUID, LocalDate> lastBirth = new java.util.HashMap<>();
        for (PersonRow p : rows) {
            if (p.motherId() != null) {
                doses.vaccinate(tx, p, random, today);
                lastBirth.merge(p.motherId(), p.birthDate(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        for (PersonRow p : rows) {
            LocalDate birth = lastBirth.get(p.id());
            if (birth != null && random.nextInt(3) != 0) {
                doses.tetanus(tx, p, birth, random, today);
            }
        }
    }

    /** Pregnancies, visits, deliveries with their children, and deaths, station by station. */
    private void pregnanciesAndDeaths(Tx tx, List<DemoStation> stations, Random random, LocalDate today) {
        DemoAntenatal demo = new DemoAntenatal(antenatal, deaths, STATION_USER);
        List<PersonRow> everyone = people.rows(tx);
        for (DemoStation station : stations) {
            demo.fill(tx, station.code(), everyone, places.villages(tx, station.code()), random, today);
        }
    }

    private void fillStation(Tx tx, DemoStation station, Random random, LocalDate today) {
        List<Village> villages = new ArrayList<>();
        for (String name : station.villages()) {
            villages.add(places.addVillage(tx, station.code(), name));
        }
        for (int f = 0; f < station.families(); f++) {
            DemoPeople.Group group = DemoPeople.pick(random, station.groups());
            Village village = DemoPeople.pick(random, villages);
            addFamily(tx, station.code(), group, village, random, today);
        }
    }

    private void addFamily(Tx tx, String stationCode, DemoPeople.Group group, Village village, Random random,
                           LocalDate today) {
        LocalDate motherBirth = today.minusYears(18 + random.nextInt(22)).minusDays(random.nextInt(365));
        String motherName = group.female(random, group.surname(random));
        String phone = random.nextInt(3) == 0 ? null : "09" + digits(random, 8);
        UUID mother = people.save(tx, stationCode, new PersonDraft(null, motherName, Sex.FEMALE, motherBirth,
                false, group.code(), village.id(), null, random.nextBoolean() ? personalId(random, motherBirth, Sex.FEMALE) : null,
                random.nextBoolean() ? digits(random, 10) : null, phone));
        String fatherSurname = group.surname(random);
        int children = 1 + random.nextInt(3);
        LocalDate earliest = motherBirth.plusYears(18);
        for (int c = 0; c < children; c++) {
            // most children are born within the last two and a half years: the demo's history
            int daysAgo = c == 0 ? random.nextInt(900) : 900 + random.nextInt(900);
            LocalDate birth = today.minusDays(daysAgo);
            if (birth.isBefore(earliest)) {
                continue;
            }
            Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            String name = sex == Sex.MALE ? group.male(random, fatherSurname) : group.female(random, fatherSurname);
            people.save(tx, stationCode, new PersonDraft(null, name, sex, birth, false, group.code(), village.id(),
                    mother, random.nextInt(4) == 0 ? null : personalId(random, birth, sex),
                    random.nextInt(5) == 0 ? null : digits(random, 10), null));
        }
    }

    /** A 12-digit personal id: province 012, century-and-sex digit, year of birth, six digits. */
    private static String personalId(Random random, LocalDate birth, Sex sex) {
        int century = birth.getYear() >= 2000 ? 2 : 0;
        int sexDigit = century + (sex == Sex.FEMALE ? 1 : 0);
        return "012" + sexDigit + String.format("%02d", birth.getYear() % 100) + digits(random, 6);
    }

    private static String digits(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(random.nextInt(10));
        }
        return sb.toString();
    }
}
