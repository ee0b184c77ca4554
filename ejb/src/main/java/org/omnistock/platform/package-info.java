/**
 * What every capability relies on and none owns: schema migration at start-up, the refusal a boundary raises when a
 * request breaks a business rule, and paged results.
 */
package org.omnistock.platform;
