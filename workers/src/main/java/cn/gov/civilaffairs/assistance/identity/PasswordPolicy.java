package cn.gov.civilaffairs.assistance.identity;

import cn.gov.civilaffairs.assistance.api.Violations;

/** At least 10 characters, and not the username. */
final class PasswordPolicy {

  static final int MIN_LENGTH = 10;

  private PasswordPolicy() {}

  static void check(String username, String password, String field, Violations violations) {
    if (password == null || password.length() < MIN_LENGTH) {
      violations.add(field, "PASSWORD_TOO_SHORT");
    } else if (password.equalsIgnoreCase(username)) {
      violations.add(field, "PASSWORD_IS_USERNAME");
    } else if (password.length() > 72) {
      // BCrypt ignores everything after 72 bytes.
      violations.add(field, "PASSWORD_TOO_LONG");
    }
  }
}
