package vn.tramyte.common;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.util.UUID;

/** Row ids: time-ordered version 7 UUIDs, made where the row is first created (docs/decisions/0001). */
public final class Ids {
    private final TimeBasedEpochGenerator generator = Generators.timeBasedEpochGenerator();

    public UUID next() {
        return generator.generate();
    }
}
