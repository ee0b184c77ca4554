package org.omnistock.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** The first answer to a request sent under an idempotency key, kept for a day ({@link IdempotentRequests}). */
@Entity
@Table(name = "idempotent_request")
@NamedQuery(name = IdempotentRequest.FIND, query = "SELECT r FROM IdempotentRequest r "
        + "WHERE r.owner = :owner AND r.idempotencyKey = :key")
@NamedQuery(name = IdempotentRequest.DELETE_BEFORE, query = "DELETE FROM IdempotentRequest r "
        + "WHERE r.createdAt < :before")
public class IdempotentRequest {

    public static final String FIND = "IdempotentRequest.find";
    public static final String DELETE_BEFORE = "IdempotentRequest.deleteBefore";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String owner;

    @Column(name = "idempotency_key", nullable = false, length = RequestKey.MAX_LENGTH)
    private String idempotencyKey;

    @Column(name = "request_digest", nullable = false, length = 64)
    private String requestDigest;

    @Lob
    @Column(name = "answer_json", nullable = false)
    private String answerJson;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotentRequest() {
    }

    public IdempotentRequest(String owner, String idempotencyKey, String requestDigest, String answerJson,
                             Instant createdAt) {
        this.owner = owner;
        this.idempotencyKey = idempotencyKey;
        this.requestDigest = requestDigest;
        this.answerJson = answerJson;
        this.createdAt = createdAt;
    }

    public String getRequestDigest() {
        return requestDigest;
    }

    public String getAnswerJson() {
        return answerJson;
    }
}
