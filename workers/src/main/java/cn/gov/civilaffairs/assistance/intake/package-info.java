/**
 * The unified acceptance window (统一受理窗口): materials checklists, acceptance of applications with idempotency,
 * and the conflict-of-interest register with its worker (单独登记备案).
 */
package cn.gov.civilaffairs.assistance.intake;
