package cn.gov.civilaffairs.assistance.reservefund;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.FieldViolation;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reserve-funds/{streetCode}")
class ReserveFundController {

  private final ReserveFunds funds;

  ReserveFundController(ReserveFunds funds) {
    this.funds = funds;
  }

  record TopUp(BigDecimal amount, String reason) {}

  @GetMapping
  ReserveFunds.Balance balance(@PathVariable String streetCode) {
    return funds.balance(streetCode);
  }

  @PostMapping("/top-ups")
  @ResponseStatus(HttpStatus.CREATED)
  ReserveFunds.Entry topUp(@PathVariable String streetCode, @RequestBody TopUp topUp) {
    return funds.topUp(streetCode, topUp.amount(), topUp.reason());
  }

  @GetMapping("/statement")
  ReserveFunds.Statement statement(@PathVariable String streetCode, @RequestParam String month) {
    return funds.statement(streetCode, parse(month));
  }

  private static YearMonth parse(String month) {
    try {
      return YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw ApiException.invalid(List.of(FieldViolation.of("month", "INVALID_MONTH")));
    }
  }
}
