package cn.gov.civilaffairs.assistance.households;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Resident identity numbers per GB 11643-1999: six region digits, eight birth-date digits, three sequence
 * digits (odd for men) and a check character (0-9 or X) from the ISO 7064 MOD 11-2 checksum.
 */
public final class ResidentIds {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK_CHARACTERS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  /** Province-level prefixes in use, including 81/82/83 of residence permits for Hong Kong, Macao, Taiwan. */
  private static final Set<String> PROVINCES = Set.of(
      "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
      "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
      "71", "81", "82", "83");

  private ResidentIds() {}

  /** Whether {@code id} is a valid number whose birth date is not after {@code today}. */
  public static boolean isValid(String id, LocalDate today) {
    return parse(id, today).isPresent();
  }

  /** The facts encoded in a valid number, or empty if the number is invalid. */
  public static Optional<Decoded> parse(String id, LocalDate today) {
    if (id == null || id.length() != 18) {
      return Optional.empty();
    }
    for (int i = 0; i < 17; i++) {
      if (!Character.isDigit(id.charAt(i)) || id.charAt(i) > '9') {
        return Optional.empty();
      }
    }
    if (!PROVINCES.contains(id.substring(0, 2)) || id.startsWith("0000", 2)) {
      return Optional.empty();
    }
    LocalDate birthDate;
    try {
      birthDate = LocalDate.of(
          Integer.parseInt(id.substring(6, 10)),
          Integer.parseInt(id.substring(10, 12)),
          Integer.parseInt(id.substring(12, 14)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    if (birthDate.isAfter(today) || birthDate.getYear() < 1880) {
      return Optional.empty();
    }
    if (id.charAt(17) != checkCharacter(id.substring(0, 17))) {
      return Optional.empty();
    }
    boolean male = (id.charAt(16) - '0') % 2 == 1;
    return Optional.of(new Decoded(id.substring(0, 6), birthDate, male ? Sex.MALE : Sex.FEMALE));
  }

  /** The check character for the first 17 digits. */
  public static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS[sum % 11];
  }

  /** Masks a number for lists: region and the last four characters stay, e.g. {@code 110105********002X}. */
  public static String mask(String id) {
    if (id == null || id.length() != 18) {
      return id;
    }
    return id.substring(0, 6) + "********" + id.substring(14);
  }

  public record Decoded(String region, LocalDate birthDate, Sex sex) {}
}
