/**
 * Temporary aid (临时救助): the limits of the street that route a request (ceiling, case-conference threshold,
 * approval hours, paperwork deadline) and the workers of the temporary-aid process.
 */
package cn.gov.civilaffairs.assistance.tempaid;
