/**
 * What every capability relies on and none owns: schema migration at start-up, the refusal a boundary raises when a
 * request breaks a business rule or the caller may not make it, paged results, group commit, and the telling of a
 * value the database refuses from a fault that may pass ({@link org.omnistock.platform.DatabaseRejection}).
 */
package org.omnistock.platform;
