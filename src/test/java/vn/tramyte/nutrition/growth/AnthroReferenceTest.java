package vn.tramyte.nutrition.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tramyte.person.Sex;

/**
 * Results of WHO's own code for 238 children: the functions of the {@code anthro} R package
 * (WorldHealthOrganization/anthro, z-score computation as of commit 0a74bae) run with R 4.2.2 on
 * these tables, 2 decimals. About 90 rows are edge cases (ages 729–732, 1825–1827, 272–275,
 * table ends, the 0.7 cm rule, oedema, unknown age, the floating-point step just below 102.4 cm),
 * the rest random children. A 1,000,000-child comparison made the same way agreed on every
 * z-score and flag; it differed only where the README's rule is followed on purpose (weight or
 * length zero or negative, where anthro still returns numbers).
 *
 * <p>Columns: sex, age_days (empty = unknown), weight_kg, length_cm, measure, oedema, then
 * anthro's waz, haz, whz, baz (empty = not computed) and flags.
 */
class AnthroReferenceTest {
    private static final String ANTHRO_RESULTS = """
            1,729,11.3,85.0,L,n,-0.63,-0.91,-0.22,-0.08,
            2,729,10.2,84.3,L,n,-0.96,-0.64,-0.91,-0.85,
            1,729,11.3,85.0,H,n,-0.63,-0.68,-0.4,-0.29,
            2,729,10.2,84.3,H,n,-0.96,-0.43,-1.09,-1.05,
            1,729,11.3,85.0,,n,-0.63,-0.91,-0.22,-0.08,
            2,729,10.2,84.3,,n,-0.96,-0.64,-0.91,-0.85,
            1,730,11.3,85.0,L,n,-0.63,-0.92,-0.22,-0.08,
            2,730,10.2,84.3,L,n,-0.97,-0.65,-0.91,-0.85,
            1,730,11.3,85.0,H,n,-0.63,-0.69,-0.4,-0.29,
            2,730,10.2,84.3,H,n,-0.97,-0.43,-1.09,-1.05,
            1,730,11.3,85.0,,n,-0.63,-0.92,-0.22,-0.08,
            2,730,10.2,84.3,,n,-0.97,-0.65,-0.91,-0.85,
            1,731,11.3,85.0,L,n,-0.64,-0.93,-0.22,-0.1,
            2,731,10.2,84.3,L,n,-0.97,-0.66,-0.91,-0.87,
            1,731,11.3,85.0,H,n,-0.64,-0.7,-0.4,-0.31,
            2,731,10.2,84.3,H,n,-0.97,-0.44,-1.09,-1.08,
            1,731,11.3,85.0,,n,-0.64,-0.7,-0.4,-0.31,
            2,731,10.2,84.3,,n,-0.97,-0.44,-1.09,-1.08,
            1,732,11.3,85.0,L,n,-0.64,-0.93,-0.22,-0.09,
            2,732,10.2,84.3,L,n,-0.98,-0.67,-0.91,-0.87,
            1,732,11.3,85.0,H,n,-0.64,-0.71,-0.4,-0.31,
            2,732,10.2,84.3,H,n,-0.98,-0.45,-1.09,-1.08,
            1,732,11.3,85.0,,n,-0.64,-0.71,-0.4,-0.31,
            2,732,10.2,84.3,,n,-0.98,-0.45,-1.09,-1.08,
            2,1825,17.9,108.2,H,n,-0.12,-0.25,-0.01,0.01,
            2,1826,17.9,108.2,H,n,-0.12,-0.26,-0.01,0.01,
            2,1827,17.9,108.2,H,n,,,,,
            1,0,6.1,62.5,H,n,4.75,6.66,-1.07,1.56,haz_implausible;c9mo
            2,0,6.1,62.5,L,n,5.32,7.17,-0.69,1.69,waz_implausible;haz_implausible
            1,1,6.1,62.5,H,n,4.75,6.57,-1.07,1.57,haz_implausible;c9mo
            2,1,6.1,62.5,L,n,5.2,7.07,-0.69,1.71,waz_implausible;haz_implausible
            1,272,6.1,62.5,H,n,-3.37,-4.19,-1.07,-1.19,c9mo
            2,272,6.1,62.5,L,n,-2.49,-3.13,-0.69,-0.79,
            1,273,6.1,62.5,H,n,-3.38,-4.2,-1.07,-1.19,c9mo
            2,273,6.1,62.5,L,n,-2.5,-3.15,-0.69,-0.79,
            1,274,6.1,62.5,H,n,-3.39,-3.91,-1.39,-1.47,
            2,274,6.1,62.5,L,n,-2.51,-3.17,-0.69,-0.79,
            1,275,6.1,62.5,H,n,-3.39,-3.93,-1.39,-1.47,
            2,275,6.1,62.5,L,n,-2.52,-3.18,-0.69,-0.79,
            1,300,8.0,44.9,L,n,-1.2,-12.37,,12.69,haz_implausible;baz_implausible
            1,300,8.0,45,L,n,-1.2,-12.33,18.28,12.59,haz_implausible;whz_implausible;baz_implausible
            1,300,8.0,45.01,L,n,-1.2,-12.32,18.27,12.58,haz_implausible;whz_implausible;baz_implausible
            1,300,8.0,109.99,L,n,-1.2,16.19,-8.16,-9.52,haz_implausible;whz_implausible;baz_implausible
            1,300,8.0,110,L,n,-1.2,16.19,-8.16,-9.52,haz_implausible;whz_implausible;baz_implausible
            1,300,8.0,110.01,L,n,-1.2,16.2,,-9.52,haz_implausible;baz_implausible
            2,1000,15.5,64.9,H,n,1.2,-7.62,,11.82,haz_implausible;baz_implausible
            2,1000,15.5,65,H,n,1.2,-7.59,9.35,11.76,haz_implausible;whz_implausible;baz_implausible
            2,1000,15.5,65.01,H,n,1.2,-7.59,9.35,11.75,haz_implausible;whz_implausible;baz_implausible
            2,1000,15.5,119.99,H,n,1.2,7.41,-4.08,-4.49,haz_implausible
            2,1000,15.5,120,H,n,1.2,7.42,-4.08,-4.5,haz_implausible
            2,1000,15.5,120.01,H,n,1.2,7.42,,-4.5,haz_implausible
            1,600,9.0,44.3,H,n,-2.02,-13.92,21.51,16.67,haz_implausible;whz_implausible;baz_implausible
            2,900,14.0,44.3,L,n,0.81,-13.32,,31.48,haz_implausible;baz_implausible
            1,600,9.0,50.5,H,n,-2.02,-11.7,12.91,10.87,haz_implausible;whz_implausible;baz_implausible
            2,900,14.0,50.5,L,n,0.81,-11.55,,22.27,haz_implausible;baz_implausible
            1,600,9.0,64.3,H,n,-2.02,-6.77,2.51,3.4,haz_implausible
            2,900,14.0,64.3,L,n,0.81,-7.62,,10.59,haz_implausible;baz_implausible
            1,600,9.0,65.7,H,n,-2.02,-6.27,2,2.9,haz_implausible
            2,900,14.0,65.7,L,n,0.81,-7.22,7.72,9.8,haz_implausible;whz_implausible;baz_implausible
            1,600,9.0,103.1,H,n,-2.02,7.1,-6.64,-7.78,haz_implausible;whz_implausible;baz_implausible
            2,900,14.0,103.1,L,n,0.81,3.44,-1.47,-1.88,
            1,600,9.0,103.2,H,n,-2.02,7.14,-6.65,-7.8,haz_implausible;whz_implausible;baz_implausible
            2,900,14.0,103.2,L,n,0.81,3.46,-1.47,-1.9,
            1,600,9.0,109.3,H,n,-2.02,9.32,-7.33,-8.76,haz_implausible;whz_implausible;baz_implausible
            2,900,14.0,109.3,L,n,0.81,5.2,-2.86,-3.41,
            1,600,9.0,110.7,H,n,-2.02,9.82,,-8.96,haz_implausible;baz_implausible
            2,900,14.0,110.7,L,n,0.81,5.6,-3.17,-3.72,
            1,600,9.0,120.7,H,n,-2.02,13.4,,-10.18,haz_implausible;baz_implausible
            2,900,14.0,120.7,L,n,0.81,8.45,-5.01,-5.65,haz_implausible;whz_implausible;baz_implausible
            1,600,9.0,51.9,H,n,-2.02,-11.2,11.31,9.84,haz_implausible;whz_implausible;baz_implausible
            2,900,14.0,51.9,L,n,0.81,-11.16,,20.65,haz_implausible;baz_implausible
            2,365,16,,,n,4.8,,,,
            1,365,5,,,n,-5.36,,,,
            2,365,16,75,L,y,,0.39,,,
            1,500,9,80,L,y,,-0.25,,,
            1,,12,90,L,n,,,-0.73,,
            1,,12,90,H,n,,,-0.9,,
            2,,12,86.9,,n,,,0.29,,
            2,,12,87,,n,,,0.1,,
            2,,20,121,,n,,,,,
            1,987,,72.86,L,n,,-6.09,,,haz_implausible
            2,731,8.8,77.5,,n,-2.23,-2.55,-1.15,-0.82,
            1,1200,1.2,100,H,n,-9.94,0.45,-14.3,-14.48,waz_implausible;whz_implausible;baz_implausible
            2,100,1.2,60,L,n,-8.26,-0.23,-11.39,-10.51,waz_implausible;whz_implausible;baz_implausible
            1,1200,35,100,H,n,8.18,0.45,11.95,12.35,waz_implausible;whz_implausible;baz_implausible
            2,100,35,60,L,n,28.61,-0.23,39.31,42.85,waz_implausible;whz_implausible;baz_implausible
            1,1200,2.5,100,H,n,-8.96,0.45,-12.95,-13.14,waz_implausible;whz_implausible;baz_implausible
            2,100,2.5,60,L,n,-5.92,-0.23,-8.11,-7.54,whz_implausible;baz_implausible
            2,1773,13.7,86.98,L,n,-1.91,-4.73,1.71,1.82,
            2,1289,4.45,91.0,L,n,-7.43,-2.2,-9.41,-9.66,waz_implausible;whz_implausible;baz_implausible
            1,1219,19.0,118.66,,y,,5.15,,,
            1,121,17.59,47.7,H,n,10.86,-7.75,41.24,33.62,waz_implausible;haz_implausible;whz_implausible;baz_implausible;c9mo
            1,1063,15.0,62.5,H,n,0.48,-8.99,,14.33,haz_implausible;baz_implausible
            2,1128,20.4,119.7,L,n,2.71,6.02,-0.97,-0.78,haz_implausible
            1,143,12.41,87.2,H,n,5.12,10.4,0.37,-0.68,waz_implausible;haz_implausible;c9mo
            1,1735,7.5,96.4,H,n,-5.8,-2.63,-7.37,-7.12,whz_implausible;baz_implausible
            2,859,22.24,50.5,H,n,4.61,-11.26,,38.62,haz_implausible;baz_implausible
            2,31,5.5,117.3,L,n,2,32.49,,-8.75,haz_implausible;baz_implausible
            2,363,13.6,96.2,,n,3.32,8.66,-0.34,-1.25,haz_implausible
            2,1318,12.9,73.78,L,n,-1.26,-6.5,3.93,4.88,haz_implausible
            2,1812,12.3,46.5,L,n,-2.81,-13.37,,19.65,haz_implausible;baz_implausible
            1,904,23.59,64.4,L,n,5.21,-8.27,,25.77,waz_implausible;haz_implausible;baz_implausible
            1,1193,17.63,92.7,,n,1.37,-1.41,3.17,3.39,
            2,1704,6.8,88.09,H,n,-6.03,-4.16,-6.27,-5.83,waz_implausible;whz_implausible;baz_implausible
            1,1485,19.86,59.2,H,n,1.44,-10.55,,24.59,haz_implausible;baz_implausible
            2,97,15.32,52.8,L,n,9.54,-3.53,22.86,20.63,waz_implausible;whz_implausible;baz_implausible
            2,526,9.6,76.56,,n,-0.4,-1.19,0.19,0.42,
            1,467,9.3,80.9,,y,,0.54,,,
            2,842,3.21,78.4,H,n,-8.18,-3.05,-9.77,-10.35,waz_implausible;whz_implausible;baz_implausible
            1,188,27.5,72.16,,n,17.84,1.98,19.24,19.6,waz_implausible;whz_implausible;baz_implausible
            1,972,27.0,113.3,,n,6.34,5.69,3.32,3.54,waz_implausible
            2,137,5.6,99.8,L,n,-1.42,16.75,-8.93,-8.93,haz_implausible;whz_implausible;baz_implausible
            2,1509,22.62,48.3,H,n,2.19,-12.67,,39.54,haz_implausible;baz_implausible
            2,159,26.6,110.33,H,n,16.88,20.6,,2.82,waz_implausible;haz_implausible;c9mo
            2,776,4.1,88.7,H,n,-7.19,0.51,-9.68,-10.37,waz_implausible;whz_implausible;baz_implausible
            2,795,13.5,115.07,,n,0.98,8.25,-4.54,-5.21,haz_implausible;baz_implausible
            1,635,2.6,90.1,H,n,-8.73,2.02,-12.58,-13.38,waz_implausible;whz_implausible;baz_implausible
            2,523,9.8,112.2,,n,-0.21,11.31,,-7.54,haz_implausible;baz_implausible
            2,1351,25.18,114.77,H,n,3.39,3.42,2.03,2.34,
            1,1298,24.89,77.3,L,n,3.84,-5.92,13.79,16.82,whz_implausible;baz_implausible
            2,429,11.1,55.21,,n,1.32,-7.91,11.48,10.77,haz_implausible;whz_implausible;baz_implausible
            2,1683,14.3,57.68,H,n,-1.4,-10.73,,13.08,haz_implausible;baz_implausible
            2,1376,10.3,68.65,H,n,-3.22,-7.72,2.62,3.68,haz_implausible
            1,1389,10.0,98.1,,n,-3.7,-0.95,-4.87,-4.81,
            2,388,8.2,46.9,L,n,-0.87,-10.71,15.85,11.06,haz_implausible;whz_implausible;baz_implausible
            1,914,26.9,53.2,L,n,6.7,-11.58,,49.61,waz_implausible;haz_implausible;baz_implausible
            2,365,15.9,98.57,L,n,4.73,9.54,0.9,0,haz_implausible
            2,1105,12.2,97.3,L,n,-1.03,0.35,-1.82,-2,
            2,266,18.3,78.8,H,n,7.52,3.75,7.27,6.68,waz_implausible;whz_implausible;baz_implausible;c9mo
            2,949,4.6,69.5,L,n,-7.03,-6.35,-5.99,-5.62,waz_implausible;haz_implausible;whz_implausible;baz_implausible
            2,179,8.8,118.3,H,n,1.57,23.34,,-8.61,haz_implausible;baz_implausible;c9mo
            1,902,21.97,70.65,L,n,4.46,-6.41,14.53,17.81,haz_implausible;whz_implausible;baz_implausible
            1,878,15.9,105.0,H,n,1.66,4.17,-0.69,-1.22,
            2,1802,21.7,81.9,,n,1.2,-5.73,8.78,8.02,whz_implausible;baz_implausible
            1,1070,10.1,83.6,,n,-2.85,-3.25,-1.43,-1,
            1,1115,7.2,84.32,,y,,-3.26,,,
            2,56,15.42,85.4,,n,12.27,14.24,3.3,3.33,waz_implausible;haz_implausible
            1,1005,3.71,52.0,H,n,-7.95,-11.81,,-1.75,waz_implausible;haz_implausible
            2,551,5.3,63.47,H,n,-5.2,-5.72,-3.02,-2.43,
            1,392,26.1,76.5,,n,11.95,-0.12,15.26,15.84,waz_implausible;whz_implausible;baz_implausible
            1,72,2.31,59.6,H,n,-6.13,0,-9.18,-8.39,waz_implausible;whz_implausible;baz_implausible;c9mo
            1,1269,21.0,82.41,,n,2.52,-4.37,8.47,9.81,whz_implausible;baz_implausible
            1,1436,2.6,84.78,,n,-8.87,-4.34,-12.06,-11.81,waz_implausible;whz_implausible;baz_implausible
            1,1769,15.8,92.3,L,n,-0.99,-3.8,2.12,2.32,
            2,370,25.2,68.7,L,n,10.44,-2.13,17.72,19.17,waz_implausible;whz_implausible;baz_implausible
            1,1817,5.4,52.3,H,n,-7.1,-12.44,,2.76,waz_implausible;haz_implausible
            2,1704,7.2,115.6,L,n,-5.78,1.66,-8.87,-9.04,whz_implausible;baz_implausible
            2,1681,20.32,117.6,,n,1.05,2.35,-0.72,-0.4,
            1,1644,2.63,50.3,L,n,-8.8,-12.93,,-4.38,waz_implausible;haz_implausible
            1,417,27.7,57.9,,n,12.68,-8.05,36.8,37.18,waz_implausible;haz_implausible;whz_implausible;baz_implausible
            2,158,12.16,102.4,,n,4.73,17.08,-2.96,-4.07,haz_implausible
            1,1230,24.0,73.0,H,n,3.77,-6.64,14.75,18.53,haz_implausible;whz_implausible;baz_implausible
            2,830,4.5,114.1,H,n,-6.91,7.54,-10.72,-12.18,waz_implausible;haz_implausible;whz_implausible;baz_implausible
            2,1166,22.93,90.0,H,n,3.4,-1.69,6.96,7.2,whz_implausible;baz_implausible
            1,1668,25.31,115.0,H,n,2.74,1.78,2.29,2.53,
            2,423,22.73,99.2,H,n,8.26,8.82,4.45,3.76,waz_implausible;haz_implausible
            2,1308,8.03,112.7,H,n,-4.75,3.18,-8.09,-8.74,whz_implausible;baz_implausible
            2,1166,12.13,58.6,,n,-1.28,-9.73,,10.89,haz_implausible;baz_implausible
            1,1560,5.0,74.7,,n,-7.28,-7.06,-7.2,-6.22,waz_implausible;haz_implausible;whz_implausible;baz_implausible
            2,822,18.8,82.9,L,n,3.34,-1.8,6.48,6.89,whz_implausible;baz_implausible
            2,698,27.1,86.25,,n,7.93,0.25,11.35,11.43,waz_implausible;whz_implausible;baz_implausible
            1,1125,12.0,89.8,H,n,-1.57,-1.84,-0.85,-0.57,
            1,1752,13.17,82.2,H,n,-2.36,-5.81,2.09,2.68,
            2,1224,14.56,68.4,,n,-0.04,-7.39,6.9,8.59,haz_implausible;whz_implausible;baz_implausible
            2,55,17.2,46.1,H,n,14.41,-5.13,44.18,37.29,waz_implausible;whz_implausible;baz_implausible;c9mo
            2,108,3.3,112.32,L,n,-4.66,23.95,,-11.18,haz_implausible;baz_implausible
            1,879,27.3,98.9,L,n,7.15,2.13,8.02,7.79,waz_implausible;whz_implausible;baz_implausible
            2,295,17.7,118.4,L,n,6.67,19.3,,-3.24,waz_implausible;haz_implausible
            2,241,11.3,60.3,L,n,2.85,-3.53,7.42,7.43,whz_implausible;baz_implausible
            1,1367,18.63,76.3,H,n,1.28,-6.2,8.24,10.36,haz_implausible;whz_implausible;baz_implausible
            1,594,14.51,100.1,,n,2.28,5.87,-0.56,-1.32,
            2,562,18.5,65.4,L,n,4.71,-5.39,12.8,14.75,whz_implausible;baz_implausible
            1,1799,2.25,96.2,H,y,,-2.88,,,
            1,209,3.9,61.7,,n,-5.85,-3.35,-5.89,-6.07,whz_implausible;baz_implausible
            1,1292,14.4,118.61,H,n,-0.55,4.64,-4.52,-5.05,baz_implausible
            1,1717,13.6,110.2,H,n,-2.04,0.49,-3.68,-3.83,
            2,798,5.99,105.7,H,n,-5.37,5.41,-9.1,-10.21,whz_implausible;baz_implausible
            1,875,14.01,94.0,L,n,0.59,0.69,0.32,0.2,
            2,1155,9.8,87.6,L,n,-3.03,-2.44,-2.24,-2.06,
            1,1423,9.4,67.8,L,n,-4.18,-8.56,2.02,3.61,haz_implausible
            2,750,20.44,113.0,H,n,4.46,8.2,0.32,0.25,haz_implausible
            2,938,27.2,68.82,L,n,6.16,-6.5,19.64,23.48,waz_implausible;haz_implausible;whz_implausible;baz_implausible
            2,49,17.2,72.25,,n,15.02,8.18,8.29,10.32,waz_implausible;haz_implausible;whz_implausible;baz_implausible
            2,1107,6.59,56.6,H,n,-5.55,-10.12,,3.14,haz_implausible
            1,1056,16.8,49.3,,n,1.43,-12.59,,33.25,haz_implausible;baz_implausible
            2,131,22.5,88.6,H,n,14.63,11.87,7.32,6.4,waz_implausible;haz_implausible;whz_implausible;baz_implausible;c9mo
            1,642,4.53,51.4,L,n,-6.78,-11.74,2.43,0.95,waz_implausible;haz_implausible
            2,1567,21.88,113.1,H,n,1.82,1.88,1,1.19,
            2,1377,16.0,55.25,,n,0.2,-10.92,,18.88,haz_implausible;baz_implausible
            1,840,24.19,101.8,L,n,5.93,3.37,5.23,4.95,waz_implausible;whz_implausible
            1,1072,22.86,72.2,H,n,3.99,-6.37,14.08,17.71,haz_implausible;whz_implausible;baz_implausible
            1,1518,19.79,57.17,L,n,1.32,-11.24,,27.48,haz_implausible;baz_implausible
            2,561,14.3,117.7,H,n,2.54,12.72,,-5.11,haz_implausible;baz_implausible
            1,127,17.2,101.5,H,n,10.26,17.85,1.17,-0.35,waz_implausible;haz_implausible;c9mo
            1,735,17.6,61.3,,n,3.23,-8.46,,18.04,haz_implausible;baz_implausible
            2,378,6.49,112.09,,n,-2.8,14.46,,-10.01,haz_implausible;baz_implausible
            2,1747,25.77,64.53,,n,2.39,-9.33,,21.37,haz_implausible;baz_implausible
            1,988,3.3,109.69,H,n,-8.28,4.52,-12.06,-13.25,waz_implausible;whz_implausible;baz_implausible
            2,1613,25.2,119.3,H,n,2.59,3.04,1.13,1.51,
            1,1460,12.81,76.6,L,n,-1.94,-6.54,3.06,4.4,haz_implausible
            1,1304,15.4,100.6,L,n,-0.05,-0.11,0.06,0.01,
            1,2,23.4,60.3,H,n,32.4,5.31,25.86,30.76,waz_implausible;whz_implausible;baz_implausible;c9mo
            1,1822,4.15,81.01,L,n,-7.84,-6.39,-9.28,-8.87,waz_implausible;haz_implausible;whz_implausible;baz_implausible
            2,395,22.32,113.8,L,n,8.35,14.69,,0.67,waz_implausible;haz_implausible
            2,1076,10.22,82.1,L,n,-2.4,-3.49,-0.34,0.01,
            2,1366,3.9,98.6,L,n,-7.85,-0.71,-10.56,-10.93,waz_implausible;whz_implausible;baz_implausible
            2,1529,19.0,117.5,H,n,0.99,3.06,-1.42,-1.14,
            2,486,13.9,67.0,,n,2.72,-4.14,7.04,8.15,whz_implausible;baz_implausible
            1,594,26.81,92.1,,n,9.68,3,9.98,9.3,waz_implausible;whz_implausible;baz_implausible
            2,386,10.56,60.0,,n,1.19,-5.68,6.63,7,whz_implausible;baz_implausible
            2,915,4.6,107.0,L,n,-6.97,4.41,-10.32,-11.53,waz_implausible;whz_implausible;baz_implausible
            1,368,23.8,59.5,L,n,10.65,-6.87,27.66,28.23,waz_implausible;haz_implausible;whz_implausible;baz_implausible
            1,254,10.88,77.5,,n,2.06,2.89,1.01,0.61,
            1,1570,14.55,56.1,,y,,-11.38,,,haz_implausible
            2,1255,19.2,97.5,H,n,1.86,-0.26,2.92,2.92,
            2,628,16.5,93.8,,n,3.29,3.44,2.22,2.07,
            2,1689,8.6,52.7,,n,-4.89,-11.83,,7.59,haz_implausible;baz_implausible
            1,1175,16.8,98.5,,n,1.04,0.19,1.4,1.35,
            1,279,20.12,63.34,L,n,9.25,-3.93,17.84,18.31,waz_implausible;whz_implausible;baz_implausible
            2,545,13.8,79.7,L,n,2.35,-0.31,3.39,3.49,
            1,1147,25.64,113.6,,n,4.78,4.34,2.71,2.97,
            1,591,8.26,96.4,L,n,-2.74,4.59,-6.42,-7.22,whz_implausible;baz_implausible
            1,930,22.4,47.4,H,n,4.5,-13.08,,51.05,haz_implausible;baz_implausible
            2,1259,6.12,89.4,H,n,-6.13,-2.29,-7.31,-7.45,waz_implausible;whz_implausible;baz_implausible
            2,242,10.7,87.7,H,n,2.41,8.05,-1.22,-2.19,haz_implausible;c9mo
            2,109,20.8,93.1,H,n,14.22,14.91,4.97,4.14,waz_implausible;haz_implausible;c9mo
            1,962,21.54,70.91,H,n,3.94,-6.36,13.49,16.79,haz_implausible;whz_implausible;baz_implausible
            2,1689,25.54,77.5,,n,2.47,-6.43,13.43,12.85,haz_implausible;whz_implausible;baz_implausible
            2,49,9.7,69.1,,n,6.12,6.61,2.08,3.03,waz_implausible;haz_implausible
            2,1539,8.35,104.2,L,n,-4.86,-0.17,-6.78,-6.93,whz_implausible;baz_implausible
            2,106,15.7,80.7,,n,9.5,9.25,4.68,4.22,waz_implausible;haz_implausible
            2,483,24.53,111.0,,n,8.64,11.67,,2.45,waz_implausible;haz_implausible
            1,1330,25.5,101.0,,n,3.93,0.03,6.01,6.14,whz_implausible;baz_implausible
            1,1806,2.0,85.32,,n,-9.12,-5.27,-12.94,-12.78,waz_implausible;whz_implausible;baz_implausible
            2,352,23.2,49.7,L,n,9.46,-9.32,48.38,39.6,waz_implausible;haz_implausible;whz_implausible;baz_implausible
            1,93,25.36,67.97,H,n,20.19,3.12,20.25,21.63,waz_implausible;whz_implausible;baz_implausible;c9mo
            2,1799,24.3,60.5,L,n,1.91,-10.4,,23.83,haz_implausible;baz_implausible
            2,967,15.9,46.2,L,n,1.51,-12.87,,33.25,haz_implausible;baz_implausible
            """;

    static Stream<String> children() {
        return ANTHRO_RESULTS.lines().map(String::strip).filter(line -> !line.isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("children")
    void agreesWithAnthroToTheReportedTwoDecimals(String line) {
        String[] cell = line.split(",", -1);
        Integer age = cell[1].isEmpty() ? null : Integer.valueOf(cell[1]);
        GrowthInput input = new GrowthInput(Sex.parse(cell[0]).orElseThrow(), age, number(cell[2]), number(cell[3]),
                Position.parse(cell[4]).orElse(null), cell[5].equals("y"));

        ZScores z = Fixtures.CALCULATOR.compute(input).rounded();

        assertEquals(expected(cell[6]), z.waz(), "waz");
        assertEquals(expected(cell[7]), z.haz(), "haz");
        assertEquals(expected(cell[8]), z.whz(), "whz");
        assertEquals(expected(cell[9]), z.baz(), "baz");
        assertEquals(flags(cell[10]), z.flags(), "flags");
    }

    private static double number(String text) {
        return text.isEmpty() ? Double.NaN : Double.parseDouble(text);
    }

    private static Double expected(String text) {
        return text.isEmpty() ? null : Double.valueOf(text);
    }

    private static Set<GrowthFlag> flags(String codes) {
        Set<GrowthFlag> flags = EnumSet.noneOf(GrowthFlag.class);
        for (String code : codes.split(";")) {
            for (GrowthFlag flag : GrowthFlag.values()) {
                if (flag.code().equals(code)) {
                    flags.add(flag);
                }
            }
        }
        return flags;
    }
}
