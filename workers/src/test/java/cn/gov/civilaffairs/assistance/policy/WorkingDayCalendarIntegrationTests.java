package cn.gov.civilaffairs.assistance.policy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class WorkingDayCalendarIntegrationTests extends IntegrationTest {

  @Autowired
  WorkingDayCalendar calendar;

  @Test
  @SuppressWarnings("unchecked")
  void loadsTheShippedSchedulesAtStartUp() {
    Map<String, Object> year2026 = get("/api/calendar/2026").getBody();

    assertThat((String) year2026.get("source")).contains("2026");
    assertThat((List<Map<String, Object>>) year2026.get("days"))
        .anySatisfy(day -> assertThat(day).containsEntry("day", "2026-10-10").containsEntry("kind", "WORKDAY"));
    assertThat(http.getForEntity("/api/calendar", List.class).getBody()).contains(2025, 2026);
  }

  @Test
  void letsAnAdministratorEnterAMissingYearAndNobodyElse() {
    ensureUser("calendar.admin", "110000", Role.ADMIN);
    Map<String, Object> schedule = Map.of("source", "测试用 2031 年安排", "days", List.of(
        Map.of("day", "2031-01-01", "kind", "HOLIDAY", "name", "元旦")));
    assertThat(get("/api/calendar/2031").getBody()).containsEntry("provisional", true);

    ResponseEntity<Map<String, Object>> refused = http.exchange("/api/calendar/2031", HttpMethod.PUT,
        new HttpEntity<>(schedule, jsonHeaders()), JSON_OBJECT);
    ResponseEntity<Map<String, Object>> entered = as("calendar.admin").exchange("/api/calendar/2031",
        HttpMethod.PUT, new HttpEntity<>(schedule, jsonHeaders()), JSON_OBJECT);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(entered.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(calendar.workingDays().isWorkingDay(LocalDate.of(2031, 1, 1))).isFalse();
    assertThat(calendar.workingDays().isWorkingDay(LocalDate.of(2031, 1, 2))).isTrue();
    assertThat(count("select count(*) from audit_events where action = 'CALENDAR_YEAR_REPLACED' "
        + "and entity_id = '2031' and username = 'calendar.admin'")).isEqualTo(1);
  }

  @Test
  void refusesADayOutsideTheYear() {
    ensureUser("calendar.admin", "110000", Role.ADMIN);

    ResponseEntity<Map<String, Object>> response = as("calendar.admin").exchange("/api/calendar/2032",
        HttpMethod.PUT, new HttpEntity<>(Map.of("source", "x", "days", List.of(
            Map.of("day", "2033-01-01", "kind", "HOLIDAY", "name", "元旦"))), jsonHeaders()), JSON_OBJECT);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errorFields(response)).containsExactly("days[0].day");
    assertThat(get("/api/calendar/2032").getBody()).containsEntry("provisional", true);
    assertThat(http.getForEntity("/api/calendar", List.class).getBody()).doesNotContain(2032);
  }
}
