package vn.tramyte.vaccination;

/** How many doses of one vaccine the day needs, to order vials: due and overdue apart. */
public record VaccineTotal(Vaccine vaccine, int due, int overdue) {
    public int total() {
        return due + overdue;
    }
}
