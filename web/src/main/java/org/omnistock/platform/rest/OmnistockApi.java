package org.omnistock.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Version 1 of the REST API. Changes within a version are additive; a breaking change gets /api/v2. */
@ApplicationPath("api/v1")
public class OmnistockApi extends Application {
}
