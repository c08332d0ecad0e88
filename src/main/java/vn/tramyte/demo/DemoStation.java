package vn.tramyte.demo;

import java.util.List;

/** One of Than Uyên's 12 communes in the demo: its villages and the groups living there. */
record DemoStation(String code, int families, List<String> villages, List<DemoPeople.Group> groups) {

    /** The 2024 communes of Than Uyên (its 2024 plan's 12 communes), with bản names of the area. */
    static List<DemoStation> thanUyen() {
        var thai = DemoPeople.THAI;
        var mong = DemoPeople.MONG;
        var dao = DemoPeople.DAO;
        var kinh = DemoPeople.KINH;
        var giay = DemoPeople.GIAY;
        var lu = DemoPeople.LU;
        return List.of(
                new DemoStation("03595", 34, List.of("Tổ dân phố 1", "Tổ dân phố 3", "Tổ dân phố 6", "Bản Lun"),
                        List.of(kinh, kinh, thai, thai, giay)),
                new DemoStation("03618", 30, List.of("Bản Mé", "Bản Nà Ban", "Bản Phiêng Mựt", "Bản Khì"),
                        List.of(thai, thai, thai, mong, lu)),
                new DemoStation("03619", 28, List.of("Bản Mừ", "Bản Đông", "Bản Nà Phát"),
                        List.of(thai, thai, kinh, giay)),
                new DemoStation("03625", 26, List.of("Bản Mít Nọi", "Bản Mít Luông", "Bản Nậm Pắt", "Bản Tằng Mít"),
                        List.of(thai, mong, mong, dao)),
                new DemoStation("03628", 22, List.of("Bản Hua Nà", "Bản Phiêng Khon", "Bản Co Phát"),
                        List.of(thai, mong, mong)),
                new DemoStation("03631", 30, List.of("Bản Nà Khương", "Bản Pắc Pa", "Bản Bút", "Bản Khoang"),
                        List.of(thai, thai, kinh, giay, lu)),
                new DemoStation("03632", 26, List.of("Bản Nà Cang", "Bản Nậm Chắn", "Bản Hua Puông"),
                        List.of(thai, thai, mong, dao)),
                new DemoStation("03634", 22, List.of("Bản Hua Chăng", "Bản Pá Khoang", "Bản Phiêng Lúông"),
                        List.of(mong, mong, thai)),
                new DemoStation("03637", 32, List.of("Bản Đốc", "Bản Mè", "Bản Chiềng Ban", "Bản Nà Đông", "Bản Phát"),
                        List.of(thai, thai, thai, kinh, lu)),
                new DemoStation("03638", 22, List.of("Bản Tà Mung", "Bản Lọng Bon", "Bản Nậm Sỏ"),
                        List.of(mong, mong, thai, dao)),
                new DemoStation("03640", 24, List.of("Bản Phiêng Cúm", "Bản Hô Ta", "Bản Sài Lương"),
                        List.of(dao, dao, mong, thai)),
                new DemoStation("03643", 24, List.of("Bản Khoen On", "Bản Nậm Bó", "Bản Ít Luông", "Bản Mường"),
                        List.of(thai, thai, dao, mong)));
    }
}
