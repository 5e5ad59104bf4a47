/** Database plumbing: the embedded PostgreSQL used when no external datasource is configured. */
package cn.gov.civilaffairs.assistance.database;
