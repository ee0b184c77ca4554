package org.omnistock.marketplace.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Login with Amazon's token address as MicroProfile Rest Client sees it: a refresh token and the application's
 * client id and secret, form-encoded, give an access token and how many seconds it lasts.
 */
public interface LoginWithAmazonApi {

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    Response token(@FormParam("grant_type") String grantType, @FormParam("refresh_token") String refreshToken,
                   @FormParam("client_id") String clientId, @FormParam("client_secret") String clientSecret);
}
