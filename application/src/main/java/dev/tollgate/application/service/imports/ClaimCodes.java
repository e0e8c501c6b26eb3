package dev.tollgate.application.service.imports;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * One-time claim codes: ten characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown as two groups of
 * five ({@code K7QPM-3XWHD}); about 8·10^14 codes, so guessing one within the attempt limit is hopeless.
 */
final class ClaimCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private ClaimCodes() {
    }

    static String fresh() {
        StringBuilder code = new StringBuilder(LENGTH + 1);
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * The code as stored, from what a user typed: case, spaces and dashes do not matter; empty when it cannot be a
     * code at all.
     */
    static Optional<String> normalize(String typed) {
        String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]", "");
        if (compact.length() != LENGTH || !compact.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(compact.substring(0, LENGTH / 2) + "-" + compact.substring(LENGTH / 2));
    }
}
