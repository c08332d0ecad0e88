package vn.tramyte.demo;

/**
 * How well a commune's care reaches its people in the demo: the chances that drive its births,
 * visits, doses, weighings and deaths. Three levels, as in Than Uyên: the valley communes along
 * the main road, the middle ones, and the highland Mông communes far from the station. Ethnic
 * minority (DTTS) families are reached less well everywhere ({@link #forMinority()}).
 *
 * @param skilledBirth   a delivery attended by trained staff (station, hospital, trained village midwife)
 * @param ancFour        four or more visits, one in each trimester
 * @param ancThree       three visits, one in each trimester (the rest: late, few or none)
 * @param onTimeDoses    a child brought for every dose on time (fully immunized before one)
 * @param tetanus        a pregnant woman given her tetanus doses at her visits
 * @param heightZ        the mean length/height-for-age z of the children (stunting below −2)
 * @param weightZ        the mean weight-for-length/height z (wasting below −2)
 * @param infantDeath    the chance a live-born child dies before one year
 * @param childDeathYear the yearly chance a child of one to four years dies
 * @param weighed        the chance a child under five comes to a weighing round
 */
record DemoProfile(double skilledBirth, double ancFour, double ancThree, double onTimeDoses, double tetanus,
                   double heightZ, double weightZ, double infantDeath, double childDeathYear, double weighed) {

    static final DemoProfile VALLEY = new DemoProfile(0.99, 0.80, 0.17, 0.99, 0.98, -0.85, -0.20, 0.008, 0.0015,
            0.94);
    static final DemoProfile MIDDLE = new DemoProfile(0.90, 0.52, 0.33, 0.93, 0.90, -1.15, -0.35, 0.018, 0.003,
            0.88);
    static final DemoProfile HIGHLAND = new DemoProfile(0.62, 0.28, 0.32, 0.74, 0.72, -1.50, -0.50, 0.035, 0.005,
            0.80);

    /** The same commune for an ethnic minority family: reached a little less well, children shorter. */
    DemoProfile forMinority() {
        return new DemoProfile(skilledBirth * 0.92, ancFour * 0.85, ancThree, onTimeDoses * 0.96, tetanus * 0.95,
                heightZ - 0.2, weightZ - 0.1, infantDeath * 1.3, childDeathYear * 1.3, weighed * 0.97);
    }
}
