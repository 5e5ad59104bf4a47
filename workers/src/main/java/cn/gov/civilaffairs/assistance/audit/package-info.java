/** The append-only audit log of every state change and every view of full personal data. */
package cn.gov.civilaffairs.assistance.audit;
