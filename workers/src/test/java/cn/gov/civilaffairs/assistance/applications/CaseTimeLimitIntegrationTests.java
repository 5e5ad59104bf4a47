package cn.gov.civilaffairs.assistance.applications;

import static cn.gov.civilaffairs.assistance.support.Fixtures.aDibaoApplicationOfANewCouple;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.policy.CalendarYearMissingException;
import cn.gov.civilaffairs.assistance.policy.WorkingDayCalendar;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The whole case's time limit: 30 working days from acceptance, extendable once to 45 with a reason. Expected
 * dates come from the calendar; where it lacks a year, the limit is recorded without a due day.
 */
class CaseTimeLimitIntegrationTests extends IntegrationTest {

  @Autowired
  WorkingDayCalendar calendar;

  @Test
  @SuppressWarnings("unchecked")
  void setsThirtyWorkingDaysAtAcceptanceAndExtendsToFortyFiveOnceWithAReason() {
    ensureUser("limit.head", "110105001", Role.STREET_HEAD);
    ensureUser("limit.clerk", "110105001", Role.WINDOW_CLERK);
    Map<String, Object> accepted = post("/api/applications", aDibaoApplicationOfANewCouple("110105001001"))
        .getBody();
    String caseNumber = (String) accepted.get("caseNumber");
    LocalDate acceptedOn = Instant.parse((String) accepted.get("acceptedAt")).atZone(ZoneId.of("Asia/Shanghai"))
        .toLocalDate();

    assertThat(accepted).containsEntry("timeLimitWorkingDays", 30);
    assertThat(accepted.get("dueOn")).isEqualTo(expectedDue(acceptedOn, 30));

    ResponseEntity<Map<String, Object>> byClerk = extend("limit.clerk", caseNumber, "补充核对");
    ResponseEntity<Map<String, Object>> byHead = extend("limit.head", caseNumber, "需补充不动产登记核对结果");
    ResponseEntity<Map<String, Object>> again = extend("limit.head", caseNumber, "再次延长");

    assertThat(byClerk.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(byHead.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(byHead.getBody()).containsEntry("timeLimitWorkingDays", 45)
        .containsEntry("extensionReason", "需补充不动产登记核对结果");
    assertThat(byHead.getBody().get("dueOn")).isEqualTo(expectedDue(acceptedOn, 45));
    assertThat((List<Map<String, Object>>) byHead.getBody().get("timeline")).anySatisfy(entry ->
        assertThat(entry).containsEntry("type", "TIME_LIMIT_EXTENDED").containsEntry("actor", "limit.head"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody()).containsEntry("code", "ALREADY_EXTENDED");
  }

  private String expectedDue(LocalDate from, int workingDays) {
    try {
      return calendar.workingDays().addWorkingDays(from, workingDays).toString();
    } catch (CalendarYearMissingException missing) {
      return null;
    }
  }

  private ResponseEntity<Map<String, Object>> extend(String username, String caseNumber, String reason) {
    return as(username).exchange("/api/cases/" + caseNumber + "/extend", HttpMethod.POST,
        new HttpEntity<>(Map.of("reason", reason), jsonHeaders()), JSON_OBJECT);
  }
}
