package cn.gov.civilaffairs.assistance.reservefund;

import cn.gov.civilaffairs.assistance.api.ApiException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A payment the street's fund cannot cover; nothing was written. */
public class ReserveFundInsufficientException extends ApiException {

  public static final String CODE = "RESERVE_FUND_INSUFFICIENT";

  public ReserveFundInsufficientException(String streetCode, BigDecimal balance, BigDecimal amount) {
    super(HttpStatus.CONFLICT, CODE, List.of(), Map.of("streetCode", streetCode, "balance", balance,
        "amount", amount), balance.toPlainString(), amount.toPlainString());
  }
}
