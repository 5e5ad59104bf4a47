package cn.gov.civilaffairs.assistance.households;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Request bodies of the household registry. Items name their member by resident ID ({@code null}: household). */
public final class HouseholdForms {

  private HouseholdForms() {}

  public record NewHousehold(
      @NotBlank String communityCode,
      @NotBlank @Size(max = 300) String address,
      @Pattern(regexp = "^[0-9+\\- ]{7,20}$") String phone,
      @NotEmpty @Valid List<MemberDetails> members,
      @Valid List<Income> incomes,
      @Valid List<AssetItem> assets,
      @Valid List<RigidExpenseItem> rigidExpenses) {

    public NewHousehold {
      incomes = incomes == null ? List.of() : incomes;
      assets = assets == null ? List.of() : assets;
      rigidExpenses = rigidExpenses == null ? List.of() : rigidExpenses;
    }
  }

  public record Relocation(
      @NotBlank String communityCode,
      @NotBlank @Size(max = 300) String address,
      @Pattern(regexp = "^[0-9+\\- ]{7,20}$") String phone) {}

  public record Income(
      String memberResidentId,
      @NotNull IncomeKind kind,
      @NotNull @PastOrPresent LocalDate periodStart,
      @NotNull @PastOrPresent LocalDate periodEnd,
      @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal amount,
      @Size(max = 200) String note) {}

  public record AssetItem(
      String memberResidentId,
      @NotNull AssetKind kind,
      @NotBlank @Size(max = 200) String description,
      @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal value) {}

  public record RigidExpenseItem(
      String memberResidentId,
      @NotNull RigidExpenseKind kind,
      @NotNull @PastOrPresent LocalDate periodStart,
      @NotNull @PastOrPresent LocalDate periodEnd,
      @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal amount,
      @Size(max = 200) String note) {}
}
