package org.omnistock.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Version 1 of the REST API. Changes within a version are additive; a breaking change gets /api/v2.
 *
 * <p>Resources hold nothing of a request (only the services they call), so each is one application-scoped
 * instance: creating, injecting and validating an instance per request was a tenth of the server's CPU on a hot
 * path.</p>
 */
@ApplicationPath("api/v1")
public class OmnistockApi extends Application {
}
