package cn.gov.civilaffairs.assistance.identity;

import cn.gov.civilaffairs.assistance.api.Violations;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A password must have 10 to 72 characters ({@code PASSWORD_TOO_SHORT}, {@code PASSWORD_TOO_LONG}), must not be
 * the username ({@code PASSWORD_IS_USERNAME}), must not be on the shipped list of common passwords
 * ({@code security/common-passwords.txt}, case-insensitive: {@code PASSWORD_TOO_COMMON}) and must not follow a
 * trivial pattern ({@code PASSWORD_PATTERN}): one character repeated, a run of a sequence (digits, the alphabet,
 * a keyboard row, forwards or backwards), a short group repeated ({@code abcabcabca}, {@code 12121212}), or the
 * username or one of its parts with fewer than 6 other characters.
 */
final class PasswordPolicy {

  static final int MIN_LENGTH = 10;

  static final int MAX_LENGTH = 72;

  /** A password with a username part in it must have at least this many other characters. */
  private static final int OTHER_CHARACTERS_BESIDE_USERNAME = 6;

  private static final String[] SEQUENCES = {
      "01234567890123456789", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
      "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./", "1234567890-=", "!@#$%^&*()_+",
      "qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/", "zaq1xsw2cde3vfr4bgt5nhy6mju7,ki8.lo9/;p0"};

  private static final Set<String> COMMON = load("/security/common-passwords.txt");

  private PasswordPolicy() {}

  static void check(String username, String password, String field, Violations violations) {
    if (password == null || password.length() < MIN_LENGTH) {
      violations.add(field, "PASSWORD_TOO_SHORT");
    } else if (password.length() > MAX_LENGTH) {
      // BCrypt ignores everything after 72 bytes.
      violations.add(field, "PASSWORD_TOO_LONG");
    } else if (password.equalsIgnoreCase(username)) {
      violations.add(field, "PASSWORD_IS_USERNAME");
    } else if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
      violations.add(field, "PASSWORD_TOO_COMMON");
    } else if (isTrivialPattern(password.toLowerCase(Locale.ROOT), username)) {
      violations.add(field, "PASSWORD_PATTERN");
    }
  }

  static boolean isTrivialPattern(String password, String username) {
    return repeatsAShortGroup(password) || isRunOfASequence(password) || isMostlyTheUsername(password, username);
  }

  /** One character repeated, or a group of up to 4 characters repeated (a partial group at the end allowed). */
  private static boolean repeatsAShortGroup(String password) {
    for (int period = 1; period <= 4 && period * 2 <= password.length(); period++) {
      boolean repeats = true;
      for (int i = period; i < password.length() && repeats; i++) {
        repeats = password.charAt(i) == password.charAt(i - period);
      }
      if (repeats) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRunOfASequence(String password) {
    String reversed = new StringBuilder(password).reverse().toString();
    for (String sequence : SEQUENCES) {
      if (sequence.contains(password) || sequence.contains(reversed)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isMostlyTheUsername(String password, String username) {
    if (username == null || username.isBlank()) {
      return false;
    }
    String name = username.toLowerCase(Locale.ROOT);
    if (name.length() >= 3 && password.contains(name)) {
      return true;
    }
    for (String part : name.split("[^\\p{L}\\p{N}]+")) {
      if (part.length() >= 3 && password.contains(part)
          && password.length() - part.length() < OTHER_CHARACTERS_BESIDE_USERNAME) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> load(String resource) {
    Set<String> passwords = new HashSet<>();
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          passwords.add(trimmed.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(passwords);
  }
}
