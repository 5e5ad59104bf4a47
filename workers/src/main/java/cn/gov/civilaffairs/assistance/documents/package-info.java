/**
 * Generated case documents (受理回执, 核对报告, 入户调查记录, 公示, 审批决定通知书, 不予批准通知书): a small document
 * model, its templates filled from plain records by the capabilities that own the data, rendering to A4 PDF with
 * an embedded subset CJK font, and storage in the household file (one copy per case, kind, step and task).
 */
package cn.gov.civilaffairs.assistance.documents;
