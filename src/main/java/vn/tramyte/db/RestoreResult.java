package vn.tramyte.db;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A restore that was done: what the database now holds, where the state it replaced was kept (a
 * checked backup, or a raw copy of a damaged file; empty when there was no database) and how many
 * schema upgrades the backup needed.
 */
public record RestoreResult(BackupContents restored, Optional<Path> keptCurrent, int migrations) {
}
