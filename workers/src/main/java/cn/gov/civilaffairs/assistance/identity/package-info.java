/** Identity and places: the jurisdiction tree (and, later, users and roles within it). */
package cn.gov.civilaffairs.assistance.identity;
