package cn.gov.civilaffairs.assistance.verification;

import static cn.gov.civilaffairs.assistance.verification.ExtractFormat.Column.choice;
import static cn.gov.civilaffairs.assistance.verification.ExtractFormat.Column.optional;
import static cn.gov.civilaffairs.assistance.verification.ExtractFormat.Column.required;
import static cn.gov.civilaffairs.assistance.verification.ExtractFormat.Type.AMOUNT;
import static cn.gov.civilaffairs.assistance.verification.ExtractFormat.Type.DATE;
import static cn.gov.civilaffairs.assistance.verification.ExtractFormat.Type.MONTH;
import static cn.gov.civilaffairs.assistance.verification.ExtractFormat.Type.RESIDENT_ID;
import static cn.gov.civilaffairs.assistance.verification.ExtractFormat.Type.TEXT;

import cn.gov.civilaffairs.assistance.verification.ExtractFormat.Column;
import cn.gov.civilaffairs.assistance.verification.ExtractFormat.Evidence;
import cn.gov.civilaffairs.assistance.verification.ExtractFormat.Row;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One format per source, as documented in {@code docs/verification-extracts.md}. Every file has the resident ID
 * in column {@code resident_id}; incomes are per month, with the month they were paid for.
 */
final class ExtractFormats {

  static final String RESIDENT_ID_COLUMN = "resident_id";

  private static final Map<SourceCode, ExtractFormat> FORMATS = new EnumMap<>(SourceCode.class);

  static {
    define(SourceCode.HOUSEHOLD_REGISTRATION, List.of(
            required("name", "姓名", TEXT),
            choice("status", "户籍状态", "NORMAL", "DECEASED", "MOVED_OUT"),
            optional("status_date", "状态日期", DATE),
            optional("address", "户籍地址", TEXT)),
        row -> new Evidence(ItemCategory.STATUS, row.text("status"), null, row.text("status_date"),
            row.describe("name", "address")));
    define(SourceCode.REAL_ESTATE, List.of(
            required("certificate_no", "不动产权证号", TEXT),
            required("location", "坐落", TEXT),
            required("area_sqm", "建筑面积（平方米）", AMOUNT),
            required("usage", "用途", TEXT),
            optional("assessed_value", "评估价值（元）", AMOUNT)),
        row -> asset("REAL_ESTATE", row, "assessed_value", "location", "area_sqm", "usage", "certificate_no"));
    define(SourceCode.WAGES, List.of(
            required("employer", "工作单位", TEXT),
            required("month", "月份", MONTH),
            required("amount", "应发工资（元）", AMOUNT)),
        row -> income("WAGES", row, "employer"));
    define(SourceCode.SOCIAL_INSURANCE, List.of(
            choice("benefit", "项目", "PENSION", "UNEMPLOYMENT_BENEFIT", "CONTRIBUTION"),
            required("month", "月份", MONTH),
            required("amount", "金额（元）", AMOUNT),
            optional("payer", "发放或缴费单位", TEXT)),
        row -> switch (row.text("benefit")) {
          case "PENSION" -> income("PENSION", row, "payer");
          case "UNEMPLOYMENT_BENEFIT" -> income("TRANSFER", row, "payer");
          default -> new Evidence(ItemCategory.INFO, "INSURANCE_CONTRIBUTION", row.amount("amount"),
              row.text("month"), row.describe("payer"));
        });
    define(SourceCode.BUSINESS_REGISTRATION, List.of(
            required("credit_code", "统一社会信用代码", TEXT),
            required("company_name", "企业名称", TEXT),
            choice("role", "身份", "LEGAL_REPRESENTATIVE", "SHAREHOLDER", "OWNER"),
            optional("registered_capital", "注册资本（元）", AMOUNT),
            optional("status", "登记状态", TEXT)),
        row -> asset("BUSINESS", row, "registered_capital", "company_name", "role", "status", "credit_code"));
    define(SourceCode.TAX, List.of(
            required("month", "所属月份", MONTH),
            choice("income_kind", "所得项目", "WAGES", "BUSINESS", "PROPERTY", "OTHER"),
            required("amount", "收入额（元）", AMOUNT),
            optional("withholder", "扣缴义务人", TEXT)),
        row -> income(row.text("income_kind"), row, "withholder"));
    define(SourceCode.HOUSING_FUND, List.of(
            required("employer", "缴存单位", TEXT),
            required("month", "月份", MONTH),
            required("deposit", "月缴存额（元）", AMOUNT),
            optional("balance", "账户余额（元）", AMOUNT)),
        row -> new Evidence(ItemCategory.INFO, "HOUSING_FUND_DEPOSIT", row.amount("deposit"), row.text("month"),
            row.describe("employer")));
    define(SourceCode.VEHICLES, List.of(
            required("plate_no", "号牌号码", TEXT),
            required("vehicle_type", "车辆类型", TEXT),
            optional("registered_on", "初次登记日期", DATE),
            optional("assessed_value", "评估价值（元）", AMOUNT)),
        row -> asset("VEHICLE", row, "assessed_value", "vehicle_type", "plate_no"));
    define(SourceCode.BANKS, List.of(
            required("bank", "开户银行", TEXT),
            required("account", "账号（脱敏）", TEXT),
            required("balance", "余额（元）", AMOUNT)),
        row -> asset("DEPOSIT", row, "balance", "bank", "account"));
    define(SourceCode.SECURITIES, List.of(
            required("broker", "证券公司", TEXT),
            required("account", "资金账号（脱敏）", TEXT),
            required("market_value", "市值（元）", AMOUNT)),
        row -> asset("SECURITIES", row, "market_value", "broker", "account"));
    define(SourceCode.COMMERCIAL_INSURANCE, List.of(
            required("insurer", "保险公司", TEXT),
            required("policy_no", "保单号", TEXT),
            optional("product", "险种", TEXT),
            required("cash_value", "现金价值（元）", AMOUNT)),
        row -> asset("OTHER", row, "cash_value", "insurer", "product", "policy_no"));
  }

  private ExtractFormats() {}

  static ExtractFormat of(SourceCode source) {
    return FORMATS.get(source);
  }

  private static void define(SourceCode source, List<Column> columns, Function<Row, Evidence> evidence) {
    List<Column> all = new java.util.ArrayList<>();
    all.add(required(RESIDENT_ID_COLUMN, "身份证号码", RESIDENT_ID));
    all.addAll(columns);
    FORMATS.put(source, new ExtractFormat(source, List.copyOf(all), evidence));
  }

  private static Evidence income(String kind, Row row, String describedBy) {
    return new Evidence(ItemCategory.INCOME, kind, row.amount("amount"), row.text("month"), row.describe(describedBy));
  }

  private static Evidence asset(String kind, Row row, String valueColumn, String... describedBy) {
    return new Evidence(ItemCategory.ASSET, kind, row.amount(valueColumn), null, row.describe(describedBy));
  }
}
