/**
 * The case file's generated documents: fills the document templates (公示, investigation record, verification
 * report, approval and refusal notices) from the records of the steps that produce them.
 */
package cn.gov.civilaffairs.assistance.casefile;
