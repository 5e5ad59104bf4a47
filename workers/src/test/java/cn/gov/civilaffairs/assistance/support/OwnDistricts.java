package cn.gov.civilaffairs.assistance.support;

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
}
