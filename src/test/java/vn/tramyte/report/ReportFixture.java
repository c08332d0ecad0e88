package vn.tramyte.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.tramyte.app.Services;
import vn.tramyte.testing.TestStation;

/**
 * A small commune whose 2025 indicators are computed by hand in ReportStationTest: two villages,
 * four women delivering (a Kinh and three ethnic-minority mothers, twins, a home delivery with no
 * visit), a registered birth without a delivery, an infant born in 2024 who dies in 2025, a child
 * weighed twice, children completing their first-year doses in 2025 and not.
 *
 * <pre>
 * live births 2025: C1 (Thái), C2 (Kinh), C3a + C3b twins (Thái), C4 (HMông) from deliveries,
 *                   C6 (Kinh) registered without a delivery                            → 6, DTTS 4
 * deaths 2025:      C0 (born 2024-11-05, Thái, 101 days), C3b (twin, 18 days), an adult (not counted)
 * weighings 2025:   C5 (HMông, 2 in 2025: the latest WAZ −2.56, HAZ −1.09, WHZ −3.05),
 *                   C1 (normal), C2 (Kinh: WAZ −3.28, HAZ −3.33, WHZ −1.27), C6 (weight only, normal)
 * first-year doses: C7 (Thái, born 2024-04-20) completes on 2025-01-21 (measles at 9 months);
 *                   C8 (Kinh) gets measles after the first birthday; C1 completes only in 2026
 * deliveries 2025:  D1 Lò Thị Hoa (Thái): 4 visits in 3 trimesters, midwife, TT1+TT2 in pregnancy
 *                   D2 Nguyễn Thị Lan (Kinh): 2 visits, doctor at hospital, TT3 in 2020 (5 years)
 *                   D3 Lường Thị Ánh (Thái): 3 visits in 3 trimesters, twins, assistant doctor, TT1 only
 *                   D4 Giàng Thị Mai (HMông): no visit, at home with family, no tetanus dose
 * </pre>
 */
public final class ReportFixture {
    static final String PERSONS = """
            ref,full_name,sex,birth_date,ethnicity,village,mother_ref
            M1,Lò Thị Hoa,F,08/03/1995,03,Bản Đốc,
            M2,Nguyễn Thị Lan,F,10/06/1998,01,Bản Mé,
            M3,Lường Thị Ánh,F,20/01/2000,03,Bản Đốc,
            M4,Giàng Thị Mai,F,01/09/1997,08,Bản Mé,
            C0,Lò Văn Tú,M,05/11/2024,03,Bản Đốc,
            C1,Lò Thị Ngọc,F,10/04/2025,03,Bản Đốc,M1
            C2,Nguyễn Văn Minh,M,15/06/2025,01,Bản Mé,M2
            C3a,Lường Văn An,M,02/09/2025,03,Bản Đốc,M3
            C3b,Lường Văn Bình,M,02/09/2025,03,Bản Đốc,M3
            C4,Giàng A Páo,M,20/11/2025,08,Bản Mé,M4
            C5,Vàng A Sử,M,01/05/2023,08,Bản Đốc,
            C6,Hoàng Văn Nam,M,07/07/2025,01,Bản Mé,
            C7,Lò Thị Xuân,F,20/04/2024,03,Bản Đốc,
            C8,Nguyễn Văn Bình,M,15/05/2024,01,Bản Mé,
            A1,Lò Văn Pọm,M,1955,03,Bản Đốc,
            """;
    static final String PREGNANCIES = """
            ref,person_ref,lmp
            P1,M1,04/07/2024
            P2,M2,08/09/2024
            P3,M3,01/12/2024
            P4,M4,13/02/2025
            """;
    static final String VISITS = """
            pregnancy_ref,date,tetanus_dose
            P1,05/09/2024,
            P1,12/12/2024,TT1
            P1,06/03/2025,TT2
            P1,27/03/2025,
            P2,10/11/2024,
            P2,20/05/2025,
            P3,20/01/2025,
            P3,15/04/2025,TT1
            P3,10/07/2025,
            """;
    static final String DELIVERIES = """
            pregnancy_ref,date,place,attendant,mother_outcome
            P1,10/04/2025,station,midwife,alive
            P2,15/06/2025,hospital,doctor,alive
            P3,02/09/2025,station,assistant_doctor,alive
            P4,20/11/2025,home,family,alive
            """;
    static final String BIRTHS = """
            pregnancy_ref,outcome,child_ref,weight_g
            P1,live,C1,3100
            P2,live,C2,2900
            P3,live,C3a,2300
            P3,live,C3b,2100
            P4,live,C4,
            """;
    static final String VACCINATIONS = """
            person_ref,vaccine,date
            M2,TT1,10/01/2019
            M2,TT2,20/02/2019
            M2,TT3,01/07/2020
            C7,BCG,22/04/2024
            C7,PENTA1,20/06/2024
            C7,OPV1,20/06/2024
            C7,PENTA2,22/07/2024
            C7,OPV2,22/07/2024
            C7,PENTA3,22/08/2024
            C7,OPV3,22/08/2024
            C7,MEASLES1,21/01/2025
            C8,BCG,16/05/2024
            C8,PENTA1,15/07/2024
            C8,OPV1,15/07/2024
            C8,PENTA2,15/08/2024
            C8,OPV2,15/08/2024
            C8,PENTA3,16/09/2024
            C8,OPV3,16/09/2024
            C8,MEASLES1,20/05/2025
            C1,BCG,11/04/2025
            C1,PENTA1,10/06/2025
            C1,OPV1,10/06/2025
            C1,PENTA2,10/07/2025
            C1,OPV2,10/07/2025
            C1,PENTA3,12/08/2025
            C1,OPV3,12/08/2025
            C1,MEASLES1,12/01/2026
            """;
    static final String MEASUREMENTS = """
            person_ref,date,weight_kg,length_cm,position
            C5,10/06/2025,12.5,85.0,H
            C5,05/12/2025,10.0,89.0,H
            C1,10/10/2025,7.3,65.0,L
            C2,05/12/2025,5.4,60.0,L
            C6,07/11/2025,6.4,,
            """;
    static final String DEATHS = """
            ref,person_ref,death_date,place,cause_group
            X1,C0,14/02/2025,home,pneumonia
            X2,C3b,20/09/2025,station,perinatal
            X3,A1,03/03/2025,home,stroke
            """;

    private ReportFixture() {
    }

    /** Writes the registers as CSV files and imports them at the station, all or nothing. */
    public static void importInto(Services station, Path folder) throws IOException {
        Files.createDirectories(folder);
        write(folder, "persons.csv", PERSONS);
        write(folder, "pregnancies.csv", PREGNANCIES);
        write(folder, "anc_visits.csv", VISITS);
        write(folder, "deliveries.csv", DELIVERIES);
        write(folder, "births.csv", BIRTHS);
        write(folder, "vaccinations.csv", VACCINATIONS);
        write(folder, "measurements.csv", MEASUREMENTS);
        write(folder, "deaths.csv", DEATHS);
        var report = station.csvImport().importPaths(TestStation.WORKER, List.of(folder));
        if (!report.ok()) {
            throw new AssertionError(String.join("\n", report.lines(vn.tramyte.common.Messages.forLanguage("en"))));
        }
    }

    private static void write(Path folder, String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
}
