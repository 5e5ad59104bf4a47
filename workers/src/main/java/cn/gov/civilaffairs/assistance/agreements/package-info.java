/**
 * The assistance agreement (脱贫帮扶协议书): the measure catalogue, one plan per household with its measures per
 * member, goals and family obligations, the paired grid cadre (1+N) and the plan's versions.
 */
package cn.gov.civilaffairs.assistance.agreements;
