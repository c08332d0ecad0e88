package vn.tramyte.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import vn.tramyte.nutrition.growth.AnthroCalculator;
import vn.tramyte.nutrition.growth.GrowthBatch;
import vn.tramyte.nutrition.growth.GrowthInput;
import vn.tramyte.nutrition.growth.GrowthStandards;
import vn.tramyte.nutrition.growth.Lms;
import vn.tramyte.nutrition.growth.LmsTable;
import vn.tramyte.nutrition.growth.Position;
import vn.tramyte.nutrition.growth.ZScoreColumns;
import vn.tramyte.person.Sex;

/**
 * Times WAZ, HAZ, WHZ and BAZ for 1,000,000 children, through the bulk path and through the
 * one-child API. Not a test: run with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.tramyte.bench.AnthroBenchmark}.
 */
public final class AnthroBenchmark {
    private static final int CHILDREN = 1_000_000;
    private static final int WARM_UP_ROUNDS = 5;
    private static final int TIMED_ROUNDS = 7;

    private AnthroBenchmark() {
    }

    public static void main(String[] args) {
        GrowthStandards standards = GrowthStandards.loadBundled();
        AnthroCalculator calculator = new AnthroCalculator(standards);
        GrowthBatch batch = children(standards, new SplittableRandom(20_061_977));
        ZScoreColumns scores = new ZScoreColumns(CHILDREN);

        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            calculator.computeAll(batch, scores);
        }
        long[] bulk = new long[TIMED_ROUNDS];
        for (int i = 0; i < TIMED_ROUNDS; i++) {
            long start = System.nanoTime();
            calculator.computeAll(batch, scores);
            bulk[i] = System.nanoTime() - start;
        }
        report("bulk (computeAll, no allocation)", bulk, computed(scores));

        GrowthInput[] inputs = inputs(batch);
        long sink = 0;
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            sink += oneByOne(calculator, inputs);
        }
        long[] single = new long[TIMED_ROUNDS];
        for (int i = 0; i < TIMED_ROUNDS; i++) {
            long start = System.nanoTime();
            sink += oneByOne(calculator, inputs);
            single[i] = System.nanoTime() - start;
        }
        report("one by one (compute(GrowthInput))", single, sink / (WARM_UP_ROUNDS + TIMED_ROUNDS));
    }

    /** Children spread over 0–59 months around the WHO medians, with the mistakes real registers hold. */
    private static GrowthBatch children(GrowthStandards standards, SplittableRandom random) {
        LmsTable weight = standards.weightForAge();
        LmsTable length = standards.lengthHeightForAge();
        GrowthBatch batch = GrowthBatch.ofSize(CHILDREN);
        for (int i = 0; i < CHILDREN; i++) {
            Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            int age = random.nextInt(1827);
            double weightZ = random.nextDouble() * 4 - 2.5 + (random.nextInt(50) == 0 ? -2 : 0);
            double lengthZ = random.nextDouble() * 4 - 2.8;
            batch.sex()[i] = sex;
            batch.ageDays()[i] = age;
            batch.weightKg()[i] = random.nextInt(100) == 0 ? Double.NaN : tenth(Lms.sdLine(weightZ,
                    weight.l(sex, age), weight.m(sex, age), weight.s(sex, age)));
            batch.lengthCm()[i] = random.nextInt(50) == 0 ? Double.NaN
                    : tenth(length.m(sex, age) * (1 + length.s(sex, age) * lengthZ));
            batch.position()[i] = position(age, random);
            batch.oedema()[i] = random.nextInt(200) == 0;
        }
        return batch;
    }

    /** Mostly the position expected for the age, sometimes the other one, sometimes not recorded. */
    private static Position position(int age, SplittableRandom random) {
        int draw = random.nextInt(20);
        if (draw == 0) {
            return null;
        }
        boolean lying = age < 731;
        if (draw == 1) {
            lying = !lying;
        }
        return lying ? Position.LYING : Position.STANDING;
    }

    private static double tenth(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static GrowthInput[] inputs(GrowthBatch batch) {
        GrowthInput[] inputs = new GrowthInput[batch.size()];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = new GrowthInput(batch.sex()[i], batch.ageDays()[i], batch.weightKg()[i], batch.lengthCm()[i],
                    batch.position()[i], batch.oedema()[i]);
        }
        return inputs;
    }

    /** Counts the z-scores computed, so that the JIT cannot drop the work. */
    private static long oneByOne(AnthroCalculator calculator, GrowthInput[] inputs) {
        long count = 0;
        for (GrowthInput input : inputs) {
            if (calculator.compute(input).waz() != null) {
                count++;
            }
        }
        return count;
    }

    private static long computed(ZScoreColumns scores) {
        long count = 0;
        for (int i = 0; i < scores.size(); i++) {
            count += (Double.isNaN(scores.waz(i)) ? 0 : 1) + (Double.isNaN(scores.haz(i)) ? 0 : 1)
                    + (Double.isNaN(scores.whz(i)) ? 0 : 1) + (Double.isNaN(scores.baz(i)) ? 0 : 1);
        }
        return count;
    }

    private static void report(String path, long[] nanos, long computed) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double medianMs = sorted[sorted.length / 2] / 1e6;
        double bestMs = sorted[0] / 1e6;
        System.out.printf(Locale.ROOT, "%-36s %,d children: median %.1f ms, best %.1f ms, %,.0f children/s (%,d results)%n",
                path, CHILDREN, medianMs, bestMs, CHILDREN / (medianMs / 1000), computed);
    }
}
