/**
 * The workflow engine: its configuration, the engine-neutral job-worker contract ({@link
 * cn.gov.civilaffairs.assistance.engine.jobs.JobWorker}) and the runtime that binds workers to the engine.
 */
package cn.gov.civilaffairs.assistance.engine;
