/** Cases of assistance: numbers, the case record, its process and its timeline. */
package cn.gov.civilaffairs.assistance.applications;
