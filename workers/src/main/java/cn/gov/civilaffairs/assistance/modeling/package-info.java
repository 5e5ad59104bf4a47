/**
 * Process redesign: models deployed by process managers are parsed safely and checked against the same rules as
 * the shipped ones (lint) before anything is deployed; every deployment is recorded with its change note.
 */
package cn.gov.civilaffairs.assistance.modeling;
