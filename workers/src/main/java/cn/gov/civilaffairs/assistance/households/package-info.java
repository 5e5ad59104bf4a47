/**
 * The household registry (一户一档): households, members, incomes, assets, rigid expenses and documents.
 */
package cn.gov.civilaffairs.assistance.households;
