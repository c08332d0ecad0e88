package vn.tramyte.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tramyte.common.Messages;
import vn.tramyte.db.AuditAction;
import vn.tramyte.nutrition.growth.Position;
import vn.tramyte.person.Sex;
import vn.tramyte.security.Role;
import vn.tramyte.security.UserService;

/**
 * Turns an audit line into words a health worker reads (issue 13): the kind of record and each
 * field by its translated name, dates as dd/MM/yyyy, yes/no, a person or village by its name
 * rather than its number, a code by its label. Internal numbers (a pregnancy's, a delivery's)
 * are left out: the record's person already says whose they are.
 */
public final class AuditWords {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** A decimal as stored (a point): shown with the language's decimal mark, its digits as written. */
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
    /** Fields typed as text, whose digits are kept as typed (a lot "2024.01" is not a number). */
    private static final Set<String> TEXT_FIELDS = Set.of("lot", "phone", "personal_id", "insurance_no", "full_name",
            "name", "cause_text", "risk_notes", "examiner", "login_name");
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** Where one field's text ends: "; " before the next field's name. */
    private static final Pattern NEXT_FIELD = Pattern.compile("; (?=[a-z][a-z0-9_]*(?:=|: ))");
    private static final Pattern CHANGED = Pattern.compile("([a-z][a-z0-9_]*): (.*) → (.*)", Pattern.DOTALL);
    private static final Pattern CREATED = Pattern.compile("([a-z][a-z0-9_]*)=(.*)", Pattern.DOTALL);
    private static final Pattern SAID = Pattern.compile("([a-z][a-z0-9_]*): (.*)", Pattern.DOTALL);
    /** Fields naming a person, and the village, by their number: shown by name. */
    static final Set<String> PERSON_FIELDS = Set.of("person_id", "mother_id", "woman_id", "child_id");
    static final String VILLAGE_FIELD = "village_id";
    /** Numbers of records that only link others: not shown. */
    private static final Set<String> HIDDEN = Set.of("pregnancy_id", "delivery_id");

    private static final Map<String, String> TABLES = Map.ofEntries(
            Map.entry("person", "sync.table.person"),
            Map.entry("village", "sync.table.village"),
            Map.entry("measurement", "sync.table.measurement"),
            Map.entry("vaccination", "sync.table.vaccination"),
            Map.entry("pregnancy", "sync.table.pregnancy"),
            Map.entry("anc_visit", "sync.table.ancVisit"),
            Map.entry("delivery", "sync.table.delivery"),
            Map.entry("birth", "sync.table.birth"),
            Map.entry("death", "sync.table.death"),
            Map.entry("vaccine_catalogue", "sync.table.vaccineCatalogue"),
            Map.entry("plan_target", "sync.table.planTarget"),
            Map.entry("app_user", "audit.table.user"),
            Map.entry("sync_package", "audit.table.package"),
            Map.entry("dhis2_mapping", "audit.table.dhis2"));

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("full_name", "audit.field.fullName"),
            Map.entry("sex", "audit.field.sex"),
            Map.entry("birth_date", "audit.field.birthDate"),
            Map.entry("birth_year_only", "audit.field.birthYearOnly"),
            Map.entry("ethnicity_code", "audit.field.ethnicity"),
            Map.entry("village_id", "audit.field.village"),
            Map.entry("mother_id", "audit.field.mother"),
            Map.entry("personal_id", "audit.field.personalId"),
            Map.entry("insurance_no", "audit.field.insuranceNo"),
            Map.entry("phone", "audit.field.phone"),
            Map.entry("died_on", "audit.field.diedOn"),
            Map.entry("station_code", "audit.field.station"),
            Map.entry("name", "audit.field.name"),
            Map.entry("person_id", "audit.field.person"),
            Map.entry("vaccine_code", "audit.field.vaccine"),
            Map.entry("given_on", "audit.field.givenOn"),
            Map.entry("place", "audit.field.place"),
            Map.entry("lot", "audit.field.lot"),
            Map.entry("from_paper_card", "audit.field.fromPaperCard"),
            Map.entry("validity", "audit.field.validity"),
            Map.entry("invalid_reason", "audit.field.invalidReason"),
            Map.entry("woman_id", "audit.field.woman"),
            Map.entry("lmp", "audit.field.lmp"),
            Map.entry("edd", "audit.field.edd"),
            Map.entry("gravida", "audit.field.gravida"),
            Map.entry("para", "audit.field.para"),
            Map.entry("risk_notes", "audit.field.riskNotes"),
            Map.entry("visit_date", "audit.field.visitDate"),
            Map.entry("weight_kg", "audit.field.weightKg"),
            Map.entry("bp", "audit.field.bp"),
            Map.entry("fundal_height_cm", "audit.field.fundalHeight"),
            Map.entry("fetal_heart", "audit.field.fetalHeart"),
            Map.entry("urine_protein", "audit.field.urineProtein"),
            Map.entry("hiv_test", "audit.field.hivTest"),
            Map.entry("haemoglobin_g_dl", "audit.field.haemoglobin"),
            Map.entry("tetanus_dose", "audit.field.tetanusDose"),
            Map.entry("iron_folic", "audit.field.ironFolic"),
            Map.entry("examiner", "audit.field.examiner"),
            Map.entry("delivery_date", "audit.field.deliveryDate"),
            Map.entry("attendant", "audit.field.attendant"),
            Map.entry("mother_outcome", "audit.field.motherOutcome"),
            Map.entry("baby_no", "audit.field.babyNo"),
            Map.entry("outcome", "audit.field.outcome"),
            Map.entry("birth_weight_g", "audit.field.birthWeight"),
            Map.entry("child_id", "audit.field.child"),
            Map.entry("age_years", "audit.field.ageYears"),
            Map.entry("death_date", "audit.field.deathDate"),
            Map.entry("cause_group", "audit.field.causeGroup"),
            Map.entry("cause_text", "audit.field.causeText"),
            Map.entry("pregnancy_related", "audit.field.pregnancyRelated"),
            Map.entry("classes", "audit.field.classes"),
            Map.entry("measured_on", "audit.field.measuredOn"),
            Map.entry("length_cm", "audit.field.lengthCm"),
            Map.entry("position", "audit.field.position"),
            Map.entry("oedema", "audit.field.oedema"),
            Map.entry("muac_mm", "audit.field.muac"),
            Map.entry("login_name", "audit.field.loginName"),
            Map.entry("role", "audit.field.role"),
            Map.entry("active", "audit.field.active"),
            Map.entry("password", "audit.field.password"),
            Map.entry("failed_logins", "audit.field.failedLogins"),
            Map.entry("catalogue_version", "audit.field.catalogueVersion"),
            Map.entry("targets_version", "audit.field.targetsVersion"),
            Map.entry("dhis2_mapping_version", "audit.field.dhis2Version"),
            Map.entry("doses", "audit.field.doses"),
            Map.entry("targets", "audit.field.targets"),
            Map.entry("lines", "audit.field.lines"),
            Map.entry("target", "audit.field.targetChanged"));

    /** A code of a record's field and the key of its label ("on_the_way" → "Trên đường đến cơ sở y tế"). */
    private record Coded(String code, String key) {
    }

    private static <E> List<Coded> coded(E[] values, Function<E, String> code, Function<E, String> key) {
        return java.util.Arrays.stream(values).map(e -> new Coded(code.apply(e), key.apply(e))).toList();
    }

    /** The coded fields of each kind of record (table, then field): shown by their labels. */
    private static final Map<String, Map<String, List<Coded>>> CODES = Map.of(
            "vaccination", Map.of("place", coded(vn.tramyte.vaccination.DosePlace.values(),
                    vn.tramyte.vaccination.DosePlace::code, vn.tramyte.vaccination.DosePlace::messageKey)),
            "delivery", Map.of(
                    "place", coded(vn.tramyte.antenatal.DeliveryPlace.values(),
                            vn.tramyte.antenatal.DeliveryPlace::code, vn.tramyte.antenatal.DeliveryPlace::messageKey),
                    "attendant", coded(vn.tramyte.antenatal.Attendant.values(),
                            vn.tramyte.antenatal.Attendant::code, vn.tramyte.antenatal.Attendant::messageKey),
                    "mother_outcome", coded(vn.tramyte.antenatal.MotherOutcome.values(),
                            vn.tramyte.antenatal.MotherOutcome::code, vn.tramyte.antenatal.MotherOutcome::messageKey)),
            "birth", Map.of("outcome", coded(vn.tramyte.antenatal.BirthOutcome.values(),
                    vn.tramyte.antenatal.BirthOutcome::code, vn.tramyte.antenatal.BirthOutcome::messageKey)),
            "death", Map.of(
                    "place", coded(vn.tramyte.death.DeathPlace.values(),
                            vn.tramyte.death.DeathPlace::code, vn.tramyte.death.DeathPlace::messageKey),
                    "cause_group", coded(vn.tramyte.death.CauseGroup.values(),
                            vn.tramyte.death.CauseGroup::code, vn.tramyte.death.CauseGroup::messageKey)));

    private final Messages m;
    private final ZoneId zone;
    private final AuditValues values;

    public AuditWords(Messages messages, ZoneId zone) {
        this.m = messages;
        this.zone = zone;
        this.values = new AuditValues(messages);
    }

    /** The kind of record of a table, in words ("Tiêm chủng"); a table without words is "Khác". */
    public String table(String table) {
        String key = TABLES.get(table);
        return m.get(key != null ? key : "audit.table.other");
    }

    /** The tables the audit knows words for, to choose from. */
    public static Set<String> tables() {
        return TABLES.keySet();
    }

    /**
     * Whether the log is whole, in one sentence: how many lines and that none was changed or removed;
     * else from which line (its place, when and by whom) it is not as written, or that its last lines
     * were removed.
     */
    public String verdict(vn.tramyte.db.AuditCheck check) {
        if (check.brokenAt().isPresent()) {
            vn.tramyte.db.AuditCheck.Line line = check.brokenAt().get();
            return m.format("audit.check.broken", line.position(), check.lines(),
                    line.at().atZoneSameInstant(zone).format(WHEN), user(line.user()));
        }
        if (check.endRemoved()) {
            return m.format("audit.check.endRemoved", check.lines());
        }
        return m.format("audit.check.whole", check.lines());
    }

    public String action(AuditAction action) {
        return m.get(switch (action) {
            case INSERT -> "audit.action.insert";
            case UPDATE -> "audit.action.update";
            case DELETE -> "audit.action.delete";
            case LOGIN_FAILED -> "audit.action.loginFailed";
        });
    }

    /** Who: the program itself for work done before anyone logs in, else the user as the audit named them. */
    public String user(String user) {
        return UserService.SYSTEM_USER.equals(user) ? m.get("audit.user.program") : user;
    }

    /**
     * The line in words. {@code names} gives the name of a person or village by its number, null
     * when unknown; {@code ethnicity} the name of an ethnic group by its code.
     */
    public ReadableLine read(AuditLine line, Function<UUID, String> names, Function<String, String> ethnicity) {
        String record = line.personName() != null ? line.personName() : table(line.table());
        return new ReadableLine(line.at().atZoneSameInstant(zone).format(WHEN), user(line.user()), record,
                table(line.table()), action(line.action()), changes(line, names, ethnicity));
    }

    private List<FieldChange> changes(AuditLine line, Function<UUID, String> names, Function<String, String> ethnicity) {
        List<FieldChange> out = new ArrayList<>();
        if ("sync_package".equals(line.table())) {
            // "DATA 03637 #5: person +3 ~0 ..." : the package, not the tables' counts
            String text = line.changes();
            int colon = text.indexOf(':');
            out.add(new FieldChange(m.get("audit.field.package"), "", colon < 0 ? text : text.substring(0, colon)));
            return out;
        }
        if (line.changes() == null || line.changes().isBlank()) {
            return out;
        }
        for (String part : NEXT_FIELD.split(AuditValues.fields(line.changes()))) {
            Matcher c = CHANGED.matcher(part);
            Matcher n = CREATED.matcher(part);
            Matcher s = SAID.matcher(part);
            String field;
            String before;
            String after;
            if (c.matches()) {
                field = c.group(1);
                before = c.group(2);
                after = c.group(3);
            } else if (n.matches()) {
                field = n.group(1);
                before = null;
                after = n.group(2);
            } else if (s.matches()) {
                field = s.group(1);
                before = null;
                after = s.group(2);
            } else {
                out.add(new FieldChange(m.get("audit.field.other"), "", part));
                continue;
            }
            if (HIDDEN.contains(field)) {
                continue;
            }
            String table = line.table();
            out.add(new FieldChange(field(field), before == null ? "" : value(table, field, before, names, ethnicity),
                    value(table, field, after, names, ethnicity)));
        }
        return out;
    }

    /** The record numbers each field of a line's changes holds (before and after). */
    static Map<String, List<UUID>> numbersByField(String changes) {
        Map<String, List<UUID>> found = new java.util.HashMap<>();
        if (changes == null) {
            return found;
        }
        for (String part : NEXT_FIELD.split(changes)) {
            Matcher field = Pattern.compile("^([a-z][a-z0-9_]*)").matcher(part);
            if (!field.find()) {
                continue;
            }
            Matcher number = UUID_TEXT.matcher(part);
            while (number.find()) {
                found.computeIfAbsent(field.group(1), f -> new ArrayList<>()).add(UUID.fromString(number.group()));
            }
        }
        return found;
    }

    /** A field's name in words; a field without words keeps its name with spaces ("import ref"). */
    public String field(String column) {
        String key = FIELDS.get(column);
        return key != null ? m.get(key) : column.replace('_', ' ');
    }

    private String value(String table, String field, String raw, Function<UUID, String> names,
                         Function<String, String> ethnicity) {
        String v = raw.strip();
        if (v.isEmpty() || v.equals("null")) {
            return m.get("audit.value.none");
        }
        java.util.Optional<String> words = values.words(table, field, v);
        if (words.isPresent()) {
            return words.get();
        }
        for (Coded c : CODES.getOrDefault(table, Map.of()).getOrDefault(field, List.of())) {
            if (c.code().equalsIgnoreCase(v)) {
                return m.get(c.key());
            }
        }
        if (UUID_TEXT.matcher(v).matches()) {
            String name = names.apply(UUID.fromString(v));
            return name != null ? name : m.get("audit.value.unknownRecord");
        }
        if (ISO_DAY.matcher(v).matches()) {
            return LocalDate.parse(v).format(DAY);
        }
        if (v.equals("true") || v.equals("false")) {
            return m.get(v.equals("true") ? "audit.value.yes" : "audit.value.no");
        }
        if (DECIMAL.matcher(v).matches() && !TEXT_FIELDS.contains(field)) {
            return v.replace('.', java.text.DecimalFormatSymbols.getInstance(m.locale()).getDecimalSeparator());
        }
        switch (field) {
            case "sex" -> {
                for (Sex sex : Sex.values()) {
                    if (sex.code().equals(v)) {
                        return m.get(sex.messageKey());
                    }
                }
            }
            case "position" -> {
                for (Position p : Position.values()) {
                    if (p.code().equals(v)) {
                        return m.get(p.messageKey());
                    }
                }
            }
            case "ethnicity_code" -> {
                String name = ethnicity.apply(v);
                return name != null ? name : v;
            }
            case "role" -> {
                return Role.parse(v).map(r -> m.get(r.labelKey())).orElse(v);
            }
            case "password" -> {
                return m.get(v.startsWith("reset with") ? "audit.value.passwordRecovered"
                        : v.startsWith("reset") ? "audit.value.passwordReset" : "audit.value.passwordChanged");
            }
            default -> {
                return v;
            }
        }
        return v;
    }
}
