/**
 * The streets' reserve funds (备用金) for emergency temporary aid: the ledger per street (top-ups by the county,
 * emergency payments debited, never overdrawn), its balance and monthly statement.
 */
package cn.gov.civilaffairs.assistance.reservefund;
