/** HTTP API conventions shared by every capability: RFC 7807 errors with stable codes, the list dialect. */
package cn.gov.civilaffairs.assistance.api;
