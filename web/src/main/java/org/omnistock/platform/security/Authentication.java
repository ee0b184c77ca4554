package org.omnistock.platform.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.omnistock.access.boundary.AuthenticatedCaller;
import org.omnistock.access.boundary.Caller;
import org.omnistock.account.boundary.Users;
import org.omnistock.account.control.Passwords;

/**
 * How every request is authenticated (docs/security.md): an API call by its bearer token, a back-office page by the
 * signed-in user of its session. One mechanism for both, because Liberty lets an application's own mechanism take
 * precedence over its MicroProfile JWT interceptor, and the back office needs the application's (users are kept in
 * the database).
 *
 * <ul>
 *   <li>{@code Authorization: Bearer <token>}: the token's client, for this request only; no session.</li>
 *   <li>An API request without a token: 401 with {@code WWW-Authenticate: Bearer} if it needs a caller.</li>
 *   <li>A sign-in ({@code POST /sign-in}): the session (under a new id) remembers the user; then back to the page
 *       that was asked for. Not {@code /j_security_check}: Liberty handles that path itself as well and logs a
 *       warning on every sign-in when it finds the answer already sent. An address or a user name that gave too
 *       many wrong passwords is refused for a while without a check (429 with {@code Retry-After},
 *       {@link Throttle}), as is a sign-in while every password check is taken.</li>
 *   <li>A page: the session's user, reloaded from the database, so that disabling a user or changing its role or
 *       stores takes effect at once; without one, a page that needs a user sends the browser to sign in.</li>
 * </ul>
 * The caller's groups are its scopes, which the server maps to the roles of the same name.
 */
@ApplicationScoped
public class Authentication implements HttpAuthenticationMechanism {

    static final String SIGNED_IN_USER = "omnistock.signedInUser";
    static final String WANTED_PAGE = "omnistock.wantedPage";
    private static final String BEARER = "Bearer ";
    private static final String SIGN_IN = "/sign-in";

    @Inject
    Tokens tokens;

    @Inject
    Users users;

    @Inject
    Throttle throttle;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            Optional<Caller> client = tokens.verify(authorization.substring(BEARER.length()).strip());
            return client.isPresent() ? signedIn(context, client.get())
                    : unauthorized(response, context, "invalid_token", "the token is not valid, has expired, or "
                    + "its client is disabled; ask POST /api/v1/tokens for a new one");
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return context.isProtected() ? unauthorized(response, context, null,
                    "this call needs an access token: Authorization: Bearer <token> (POST /api/v1/tokens)")
                    : context.doNothing();
        }
        if (SIGN_IN.equals(path) && "POST".equals(request.getMethod())) {
            return signIn(request, response, context);
        }
        HttpSession session = request.getSession(false);
        String username = session == null ? null : (String) session.getAttribute(SIGNED_IN_USER);
        if (username != null) {
            Optional<Caller> user = users.current(username);
            if (user.isPresent()) {
                return signedIn(context, user.get());
            }
            session.invalidate();
        }
        return context.isProtected() ? toSignIn(request, response, context) : context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) {
        String username = request.getParameter("j_username");
        String source = "address:" + request.getRemoteAddr();
        String account = "user:" + username;
        Optional<Duration> wait = throttle.refused(source).or(() -> throttle.refused(account));
        if (wait.isPresent()) {
            return tooManyTries(response, wait.get(), "Too many wrong passwords from here or for this user.");
        }
        Optional<Caller> user;
        try {
            user = users.authenticate(username, request.getParameter("j_password"));
        } catch (Passwords.Busy busy) {
            return tooManyTries(response, Duration.ofSeconds(1), "The server is checking many passwords.");
        }
        if (user.isEmpty()) {
            throttle.failed(source);
            throttle.failed(account);
            return context.redirect(request.getContextPath() + "/login-error.xhtml");
        }
        HttpSession session = request.getSession(true);
        String wanted = (String) session.getAttribute(WANTED_PAGE);
        // A new session id at sign-in: an id an attacker planted before is worth nothing after it.
        request.changeSessionId();
        session.removeAttribute(WANTED_PAGE);
        session.setAttribute(SIGNED_IN_USER, user.get().name());
        return context.redirect(wanted == null ? request.getContextPath() + "/" : wanted);
    }

    /** Remembers the page (if it was a plain GET) and sends the browser to the sign-in form. */
    private static AuthenticationStatus toSignIn(HttpServletRequest request, HttpServletResponse response,
                                                 HttpMessageContext context) {
        String signIn = request.getContextPath() + "/login.xhtml";
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An Ajax request of a page whose session ended: Faces redirects only when told in its own XML.
            try {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect"
                        + " url=\"" + signIn + "\"/></partial-response>");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession(true).setAttribute(WANTED_PAGE,
                    request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        return context.redirect(signIn);
    }

    private static AuthenticationStatus signedIn(HttpMessageContext context, Caller caller) {
        return context.notifyContainerAboutLogin(new AuthenticatedCaller(caller), caller.scopes());
    }

    /** 429 with when to come back, as a page a person reads. */
    private static AuthenticationStatus tooManyTries(HttpServletResponse response, Duration wait, String why) {
        long seconds = Throttle.retryAfterSeconds(wait);
        try {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(seconds));
            response.setContentType("text/plain");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(why + " Try again in " + seconds + " s.");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** 401 as a problem detail, with the challenge RFC 6750 asks for. */
    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context,
                                                     String error, String detail) {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"omnistock\""
                + (error == null ? "" : ", error=\"" + error + "\""));
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"urn:omnistock:problem:unauthorized\",\"title\":\"Unauthorized\","
                    + "\"status\":401,\"detail\":\"" + detail + "\"}");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
