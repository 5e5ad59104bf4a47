package cn.gov.civilaffairs.assistance.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Districts of a test's own, for parameters only a district may set (the shared database serves every integration
 * test: a value set at 110105 would change other tests' cases).
 */
public final class OwnDistricts {

  private OwnDistricts() {}

  /**
   * District {@code district} (six digits) under the city with street {@code district + "001"} and its community
   * {@code district + "001001"}, created unless they exist; returns the street's code.
   */
  public static String aDistrictWithOneStreet(JdbcTemplate jdbc, String district) {
    String street = district + "001";
    jdbc.update("""
        insert into jurisdictions (code, parent_code, level, name, path) values
          (?, '110000', 'DISTRICT', '参数测试区', ?), (?, ?, 'STREET', '参数测试街道', ?),
          (?, ?, 'COMMUNITY', '参数测试社区', ?)
        on conflict do nothing""", district, "110000/" + district + "/", street, district,
        "110000/" + district + "/" + street + "/", street + "001", street,
        "110000/" + district + "/" + street + "/" + street + "001/");
    return street;
  }

  /**
   * Sets {@code code} to {@code value} at {@code jurisdiction} from {@code effectiveFrom} on, as an administrator
   * would (POST /api/policy/parameters), unless the node already has a row of the code (a test run twice on one
   * database keeps the first).
   */
  public static void setParameter(JdbcTemplate jdbc, TestRestTemplate admin, String jurisdiction, String code,
      Object value, String effectiveFrom) {
    Integer rows = jdbc.queryForObject("select count(*) from policy_parameters where jurisdiction_code = ? and code = ?",
        Integer.class, jurisdiction, code);
    if (rows != null && rows > 0) {
      return;
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<Map<String, Object>> set = admin.exchange("/api/policy/parameters", HttpMethod.POST,
        new HttpEntity<>(Map.of("jurisdictionCode", jurisdiction, "code", code, "value", value, "effectiveFrom",
            effectiveFrom, "reason", "参数效果测试"), headers), IntegrationTest.JSON_OBJECT);
    assertThat(set.getStatusCode()).as("%s", set.getBody()).isEqualTo(HttpStatus.CREATED);
  }
}
