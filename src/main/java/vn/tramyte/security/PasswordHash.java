package vn.tramyte.security;

/**
 * An Argon2id hash with its own salt and cost: kept per user, so the cost can grow for new passwords
 * and the same derivation can later wrap the database key (encryption at rest).
 */
public record PasswordHash(byte[] hash, byte[] salt, int memoryKib, int iterations, int parallelism) {
}
