package vn.tramyte.nutrition.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.tramyte.person.Sex;

/** The bulk path must give exactly what the one-child path gives, edge cases included. */
class BatchComputationTest {
    private static final double[] ODD_VALUES = {Double.NaN, 0, -1, 44.99, 45, 65, 110, 120, 120.01};

    @Test
    void computeAllGivesExactlyWhatComputeGives() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 20_000;
        GrowthBatch batch = GrowthBatch.ofSize(n);
        for (int i = 0; i < n; i++) {
            batch.sex()[i] = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            batch.ageDays()[i] = random.nextInt(50) == 0 ? GrowthBatch.AGE_UNKNOWN : random.nextInt(-5, 1900);
            batch.weightKg()[i] = random.nextInt(20) == 0 ? odd(random) : random.nextDouble(1.5, 30);
            batch.lengthCm()[i] = random.nextInt(20) == 0 ? odd(random) : random.nextDouble(40, 125);
            batch.position()[i] = switch (random.nextInt(3)) {
                case 0 -> Position.LYING;
                case 1 -> Position.STANDING;
                default -> null;
            };
            batch.oedema()[i] = random.nextInt(30) == 0;
        }

        ZScoreColumns columns = Fixtures.CALCULATOR.computeAll(batch);

        for (int i = 0; i < n; i++) {
            int age = batch.ageDays()[i];
            GrowthInput input = new GrowthInput(batch.sex()[i], age == GrowthBatch.AGE_UNKNOWN ? null : age,
                    batch.weightKg()[i], batch.lengthCm()[i], batch.position()[i], batch.oedema()[i]);
            assertEquals(Fixtures.CALCULATOR.compute(input), columns.row(i), "child " + i + ": " + input);
        }
    }

    @Test
    void missingSexGivesNothingInABatch() {
        GrowthBatch batch = GrowthBatch.ofSize(1);
        batch.ageDays()[0] = 100;
        batch.weightKg()[0] = 6;
        batch.lengthCm()[0] = 60;

        assertEquals(ZScores.NONE, Fixtures.CALCULATOR.computeAll(batch).row(0));
    }

    @Test
    void columnsAreOverwrittenWhenReused() {
        GrowthBatch batch = GrowthBatch.ofSize(1);
        batch.sex()[0] = Sex.FEMALE;
        batch.ageDays()[0] = 365;
        batch.weightKg()[0] = 16;
        batch.lengthCm()[0] = Double.NaN;
        ZScoreColumns columns = new ZScoreColumns(1);

        Fixtures.CALCULATOR.computeAll(batch, columns);
        assertEquals(Fixtures.weighed(Sex.FEMALE, 365, 16), columns.row(0));
        batch.ageDays()[0] = 2000;
        Fixtures.CALCULATOR.computeAll(batch, columns);
        assertEquals(ZScores.NONE, columns.row(0));
    }

    @Test
    void columnsMustFitTheBatch() {
        assertThrows(IllegalArgumentException.class,
                () -> Fixtures.CALCULATOR.computeAll(GrowthBatch.ofSize(3), new ZScoreColumns(2)));
    }

    private static double odd(SplittableRandom random) {
        return ODD_VALUES[random.nextInt(ODD_VALUES.length)];
    }
}
