package org.omnistock.platform.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.omnistock.pricing.boundary.PriceCsv;

/**
 * No request body is read beyond its limit, announced or not (a chunked body has no length): 1 MB of JSON, 20 MB of
 * CSV (a price list of some 200,000 prices). Beyond it the answer is 413 and nothing is changed.
 */
@Provider
@PreMatching
public class BodyLimit implements ContainerRequestFilter {

    static final long MAX_JSON_BYTES = 1L << 20;
    static final long MAX_CSV_BYTES = 20L << 20;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.hasEntity() || isForm(request.getMediaType())) {
            return;
        }
        long limit = isCsv(request.getMediaType()) ? MAX_CSV_BYTES : MAX_JSON_BYTES;
        if (request.getLength() > limit) {
            throw tooLarge(limit);
        }
        request.setEntityStream(new Bounded(request.getEntityStream(), limit));
    }

    /**
     * A form is read by the servlet container as request parameters, which the JAX-RS runtime then takes from it: a
     * replaced entity stream would be read again, empty. The container bounds form posts itself.
     */
    private static boolean isForm(MediaType type) {
        return type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
    }

    private static boolean isCsv(MediaType type) {
        return type != null && (type.isCompatible(MediaType.valueOf(PriceCsv.MEDIA_TYPE))
                || type.isCompatible(MediaType.TEXT_PLAIN_TYPE));
    }

    static WebApplicationException tooLarge(long limit) {
        return new WebApplicationException("the request body is larger than " + limit + " bytes",
                Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }

    /** Fails the read that goes past the limit. */
    private static final class Bounded extends FilterInputStream {

        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
