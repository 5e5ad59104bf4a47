/**
 * Economic verification (家庭经济状况核对): extracts imported from other departments, one connector per data
 * source (imported extracts, or a department's HTTP service), the {@code verify-household-economy} worker that
 * compares what each source knows with what the household declared, and the verification reports.
 */
package cn.gov.civilaffairs.assistance.verification;
