package cn.gov.civilaffairs.assistance.demo;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemoUsersTests {

  @Test
  void refusesToLoadDemoUsersIntoAConfiguredDatabase() {
    assertThatThrownBy(() -> new DemoUsers(null, null, "jdbc:postgresql://db.example/assistance", false))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("app.demo.force");
  }

  @Test
  void loadsThemIntoTheEmbeddedDatabaseOrWhenForced() {
    assertThatCode(() -> new DemoUsers(null, null, "", false)).doesNotThrowAnyException();
    assertThatCode(() -> new DemoUsers(null, null, "jdbc:postgresql://throwaway/db", true))
        .doesNotThrowAnyException();
  }
}
