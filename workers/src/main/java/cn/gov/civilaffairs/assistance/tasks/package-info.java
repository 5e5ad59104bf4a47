/**
 * Human steps: the tasks a user may work, claim and completion with separation of duties. The full inbox with
 * deadlines, filters and forms grows here.
 */
package cn.gov.civilaffairs.assistance.tasks;
