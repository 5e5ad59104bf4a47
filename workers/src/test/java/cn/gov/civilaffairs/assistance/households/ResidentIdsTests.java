package cn.gov.civilaffairs.assistance.households;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdsTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  @Test
  void acceptsAValidNumberAndDecodesBirthDateAndSex() {
    var decoded = ResidentIds.parse("110105198001010016", TODAY).orElseThrow();

    assertThat(decoded.region()).isEqualTo("110105");
    assertThat(decoded.birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
    assertThat(decoded.sex()).isEqualTo(Sex.MALE);
  }

  @Test
  void decodesAnEvenSequenceDigitAsFemale() {
    assertThat(ResidentIds.parse("110105198202020026", TODAY).orElseThrow().sex()).isEqualTo(Sex.FEMALE);
  }

  @Test
  void acceptsXAsCheckCharacterInEitherCase() {
    String first17 = findFirst17WithCheckX();

    assertThat(ResidentIds.isValid(first17 + "X", TODAY)).isTrue();
    assertThat(ResidentIds.isValid(first17 + "x", TODAY)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "11010519800101001",     // 17 characters
      "1101051980010100160",   // 19 characters
      "110105198001010017",    // wrong check digit
      "11010519800101001X",    // X where the check digit is 6
      "1101051980X101001X",    // X not in last place
      "110105198002300015",    // 30 February (check digit right)
      "110105198013010013",    // month 13
      "99010519800101001X",    // no such province (check digit right)
      "110000198001010019",    // "0000" is not a county (check digit right)
      "11010520300101001X",    // born in 2030, after today (check digit right)
      "11010519800101 016",    // a space
      ""})
  void rejectsEveryWayOfBeingInvalid(String id) {
    assertThat(ResidentIds.isValid(id, TODAY)).as(id).isFalse();
  }

  @Test
  void rejectsNull() {
    assertThat(ResidentIds.isValid(null, TODAY)).isFalse();
  }

  @Test
  void masksAllButRegionAndLastFour() {
    assertThat(ResidentIds.mask("11010519800101002X")).isEqualTo("110105********002X");
  }

  @Test
  void computesTheIso7064CheckCharacter() {
    // The example printed in GB 11643-1999.
    assertThat(ResidentIds.checkCharacter("11010519491231002")).isEqualTo('X');
  }

  private static String findFirst17WithCheckX() {
    for (int sequence = 1; sequence < 999; sequence++) {
      String first17 = "11010519900515" + String.format("%03d", sequence);
      if (ResidentIds.checkCharacter(first17) == 'X') {
        return first17;
      }
    }
    throw new IllegalStateException("no X check character found");
  }
}
