package vn.tramyte.db;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One file of the backups folder: its kind, when it was made and its size; what it holds when the
 * file says so (the copies this version writes carry their counts; raw copies of earlier versions
 * are counted only when opened, for a restore).
 */
public record BackupFile(Path path, BackupKind kind, LocalDateTime madeAt, long size,
                         Optional<BackupContents> contents) {
}
