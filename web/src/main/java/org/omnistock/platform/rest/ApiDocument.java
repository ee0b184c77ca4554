package org.omnistock.platform.rest;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the OpenAPI document with the answers every operation may give besides its own (the build's OpenAPI
 * plugin runs it, web/pom.xml): the problem details of {@link ProblemMapper}, each with the status it has and when.
 * An operation's own successes (201 for a create, 200 for the same request again) are in its resource's
 * annotations. Operations a token protects may answer 401 and 403; operations that take input, 400; operations of
 * one thing (a path with a parameter), 404; writes, 409 and 422; a request body beyond its bound, 413. An answer an
 * operation documents itself is kept (the token endpoint answers in OAuth's words).
 */
public class ApiDocument implements OASFilter {

    static final String PROBLEM_SCHEMA = "Problem";

    /** The schema of the token endpoint's errors, in OAuth's own words. */
    public static final String OAUTH_ERROR = "OAuthError";

    /** What the 200 of a create says: the request was sent before, and answered the same. */
    public static final String SENT_AGAIN = "The same request again (its key, its reference or its id): the first "
            + "answer, nothing changed";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents().addSchema(PROBLEM_SCHEMA, problemSchema());
        openAPI.getComponents().addSchema(OAUTH_ERROR, oauthErrorSchema());
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> complete(path, method, operation)));
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean write = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.DELETE;
        boolean input = operation.getRequestBody() != null
                || operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (input) {
            problem(responses, "400", "The request is malformed or a value is out of its bounds "
                    + "(malformed-body, invalid-request with an entry per field)");
        }
        if (!secured) {
            return;
        }
        problem(responses, "401", "No access token, or one that is not valid (unauthorized)");
        problem(responses, "403", "The token's scopes do not allow this, or not at this location or for this "
                + "channel (forbidden, forbidden-location, forbidden-channel)");
        if (path.contains("{")) {
            problem(responses, "404", "There is no such thing, or the caller may not see it (unknown-...)");
        }
        if (write) {
            problem(responses, "409", "The request collides with the current state: an existing code, a key or "
                    + "reference used for another request, a price that changed, a step the state does not allow");
            problem(responses, "422", "The request is well-formed but breaks a business rule: an unknown SKU or "
                    + "location, too little stock, a rule of the channel (the problem's type names it)");
        }
        if (operation.getRequestBody() != null) {
            problem(responses, "413", "The request body is larger than its bound (body-too-large)");
        }
    }

    private static void problem(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)))));
    }

    /** RFC 6749, section 5.2. */
    private static Schema oauthErrorSchema() {
        Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("An OAuth 2.0 error (RFC 6749, section 5.2)")
                .properties(Map.of("error", text, "error_description", text)).required(List.of("error"));
    }

    /** RFC 9457, as {@link Problem} writes it. */
    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        Schema error = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .properties(Map.of("field", text, "message", text));
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail; type is urn:omnistock:problem:<code>, a stable name")
                .properties(Map.of("type", text, "title", text,
                        "status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER),
                        "detail", text, "instance", text,
                        "errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(error)))
                .required(List.of("type", "title", "status"));
    }
}
