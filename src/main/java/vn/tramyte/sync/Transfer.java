package vn.tramyte.sync;

import java.util.UUID;

/** A person moved at the centre from one station to another. */
public record Transfer(UUID personId, String fromStation, String toStation, long centreSeq) {
}
