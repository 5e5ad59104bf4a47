package cn.gov.civilaffairs.assistance.verification;

import java.math.BigDecimal;

/**
 * One thing a source knows about a person.
 *
 * @param amount monthly income ({@link ItemCategory#INCOME}), value of an asset, or null when unknown
 * @param period the month ({@code yyyy-MM}) or day the item refers to, or null
 */
public record FoundItem(ItemCategory category, String kind, BigDecimal amount, String period, String description) {}
