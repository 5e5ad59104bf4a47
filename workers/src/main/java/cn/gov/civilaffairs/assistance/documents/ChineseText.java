package cn.gov.civilaffairs.assistance.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/** Dates, months and amounts as a street office writes them: 2026年11月27日, 2026年12月, 1,450.00元. */
final class ChineseText {

  private ChineseText() {}

  static String date(LocalDate day) {
    return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
  }

  static String month(YearMonth month) {
    return month.getYear() + "年" + month.getMonthValue() + "月";
  }

  static String yuan(BigDecimal amount) {
    var format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return format.format(amount.setScale(2, RoundingMode.HALF_UP)) + "元";
  }

  static String orBlank(String text) {
    return text == null || text.isBlank() ? "—" : text;
  }
}
