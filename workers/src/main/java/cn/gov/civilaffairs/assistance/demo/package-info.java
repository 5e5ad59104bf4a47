/** Demo data for the {@code demo} profile: a small city a newcomer can explore at once. */
package cn.gov.civilaffairs.assistance.demo;
