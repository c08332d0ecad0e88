package vn.tramyte.antenatal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** What the audit keeps of a pregnancy, a visit, a delivery and a birth: codes and values, never Java text. */
final class AntenatalAuditFields {
    private AntenatalAuditFields() {
    }

    static Map<String, Object> of(Pregnancy p) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("woman_id", p.womanId());
        f.put("lmp", p.lmp());
        f.put("edd", p.edd());
        f.put("gravida", p.gravida());
        f.put("para", p.para());
        f.put("risk_notes", p.riskNotes());
        return f;
    }

    static Map<String, Object> of(StoredVisit s) {
        AncVisit v = s.visit();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("pregnancy_id", s.pregnancyId());
        f.put("visit_date", v.date());
        f.put("weight_kg", v.weightKg());
        f.put("bp", v.systolicMmHg() == null && v.diastolicMmHg() == null ? null
                : v.systolicMmHg() + "/" + v.diastolicMmHg());
        f.put("fundal_height_cm", v.fundalHeightCm());
        // codes, never a record's Java text (issue 17): the audit page shows them in words
        f.put("fetal_heart", v.fetalHeart() == null ? null : v.fetalHeart().bpm() != null ? v.fetalHeart().bpm().toString()
                : v.fetalHeart().present() ? "heard" : "absent");
        f.put("urine_protein", v.urineProtein() == null ? null : v.urineProtein().code());
        f.put("hiv_test", v.hivTest() == null ? null : v.hivTest().code());
        f.put("haemoglobin_g_dl", v.haemoglobinGPerDl());
        f.put("tetanus_dose", v.tetanusDose());
        f.put("iron_folic", v.ironFolicGiven() + (v.ironFolicTablets() == null ? "" : " " + v.ironFolicTablets()));
        f.put("examiner", v.examiner());
        return f;
    }

    static Map<String, Object> of(UUID pregnancyId, Delivery d) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("pregnancy_id", pregnancyId);
        f.put("delivery_date", d.date());
        f.put("place", d.place().code());
        f.put("attendant", d.attendant().code());
        f.put("mother_outcome", d.motherOutcome().code());
        return f;
    }

    static Map<String, Object> of(StoredBirth b) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("delivery_id", b.deliveryId());
        f.put("baby_no", b.babyNo());
        f.put("outcome", b.baby().outcome().code());
        f.put("sex", b.baby().sex() == null ? null : b.baby().sex().code());
        f.put("birth_weight_g", b.baby().birthWeightG());
        f.put("child_id", b.childId());
        return f;
    }
}
