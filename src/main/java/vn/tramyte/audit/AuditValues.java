package vn.tramyte.audit;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tramyte.antenatal.HivTest;
import vn.tramyte.antenatal.TetanusDose;
import vn.tramyte.antenatal.UrineProtein;
import vn.tramyte.common.Messages;

/**
 * Words for the values of an antenatal visit and of a new catalogue, targets or DHIS2 mapping on
 * the audit page (issue 17): "152 nhịp/phút" rather than the stored {@code FetalHeart[present=true,
 * bpm=152]}, "UV1" rather than TT1, the number of doses as a field of its own. Lines written by
 * earlier versions (Java's text of a record, "25 doses" after the version) are read too.
 */
final class AuditValues {
    private static final Pattern OLD_HEART = Pattern.compile("FetalHeart\\[present=(true|false), bpm=(\\d+|null)]");
    private static final Pattern IRON = Pattern.compile("(true|false)(?: (\\d+))?");
    /** "catalogue_version: 1 → 2; 25 doses" as earlier versions wrote it: the count gets its field's name. */
    private static final Pattern OLD_COUNT = Pattern.compile("^((?:catalogue|targets|dhis2_mapping)_version: \\d+ → \\d+); "
            + "(\\d+) (doses|targets|lines)(; (?!target=)(.*))?$", Pattern.DOTALL);

    private final Messages m;

    AuditValues(Messages messages) {
        this.m = messages;
    }

    /** A line as this version writes it: the counts and a changed target as fields of their own. */
    static String fields(String changes) {
        Matcher old = OLD_COUNT.matcher(changes);
        if (!old.matches()) {
            return changes;
        }
        return old.group(1) + "; " + old.group(3) + "=" + old.group(2) + (old.group(4) == null ? "" : "; target=" + old.group(5));
    }

    /** The value in words, when this field of this table has words of its own here. */
    Optional<String> words(String table, String field, String v) {
        if (!"anc_visit".equals(table)) {
            return Optional.empty();
        }
        switch (field) {
            case "fetal_heart" -> {
                return Optional.of(heart(v));
            }
            case "urine_protein" -> {
                for (UrineProtein p : UrineProtein.values()) {
                    if (p.code().equalsIgnoreCase(v) || p.name().equals(v)) {
                        return Optional.of(m.get(p.messageKey()));
                    }
                }
            }
            case "hiv_test" -> {
                for (HivTest t : HivTest.values()) {
                    if (t.code().equalsIgnoreCase(v) || t.name().equals(v)) {
                        return Optional.of(m.get(t.messageKey()));
                    }
                }
            }
            case "tetanus_dose" -> {
                return TetanusDose.parse(v).map(d -> m.format(TetanusDose.MESSAGE_KEY, d.number()));
            }
            case "iron_folic" -> {
                Matcher iron = IRON.matcher(v);
                if (iron.matches()) {
                    String given = m.get("true".equals(iron.group(1)) ? "audit.value.yes" : "audit.value.no");
                    return Optional.of(iron.group(2) == null ? given
                            : given + ", " + m.format("audit.value.tablets", Integer.parseInt(iron.group(2))));
                }
            }
            case "bp" -> {
                if ("null/null".equals(v)) {
                    return Optional.of(m.get("audit.value.none"));
                }
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private String heart(String v) {
        Matcher old = OLD_HEART.matcher(v);
        String present = old.matches() ? old.group(1) : null;
        String bpm = old.matches() ? old.group(2) : v;
        if (bpm.matches("\\d+")) {
            return m.format("audit.value.fetalHeartRate", Integer.parseInt(bpm));
        }
        if ("true".equals(present) || "heard".equals(v)) {
            return m.get("audit.value.fetalHeartHeard");
        }
        if ("false".equals(present) || "absent".equals(v)) {
            return m.get("audit.value.fetalHeartAbsent");
        }
        return v;
    }
}
