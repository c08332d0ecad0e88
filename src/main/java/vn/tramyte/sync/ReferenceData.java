package vn.tramyte.sync;

import java.util.function.Function;
import java.util.function.ToIntFunction;
import vn.tramyte.db.Tx;

/**
 * A set of reference data the centre owns and sends to its stations in every enrolment and
 * feedback package (DESIGN.md §4: the vaccine catalogue, the plan's targets): one file in the
 * package with its version. A station puts a set in force when its version is newer than the
 * one it has, in the import's transaction. Registered in {@code app/Services}, so sync knows no
 * feature.
 *
 * @param name    the set's name in the manifest and the report (its table's name)
 * @param file    the package entry's name
 * @param version the version in force in a transaction
 * @param write   the set in force as the entry's bytes
 * @param receive puts a received set in force with the sender's version; returns its rows;
 *                throws a UserError when the content breaks the set's rules
 */
public record ReferenceData(String name, String file, ToIntFunction<Tx> version, Function<Tx, byte[]> write,
                            Receiver receive) {

    /** Puts a received set in force. */
    @FunctionalInterface
    public interface Receiver {
        int receive(Tx tx, byte[] content, int version);
    }
}
