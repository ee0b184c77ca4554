package org.omnistock.promotion.entity;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** How often a customer has redeemed a promotion; written under the promotion's row lock. */
@Entity
@Table(name = "promotion_customer")
@IdClass(CustomerRedemptions.Key.class)
@NamedQuery(name = CustomerRedemptions.FIND_BY_CUSTOMER, query = "SELECT r FROM CustomerRedemptions r "
        + "WHERE r.customerId = :customer")
public class CustomerRedemptions {

    public static final String FIND_BY_CUSTOMER = "CustomerRedemptions.findByCustomer";

    @Id
    @Column(name = "promotion_id")
    private Long promotionId;

    @Id
    @Column(name = "customer_id", length = 64)
    private String customerId;

    @Column(nullable = false)
    private int redemptions;

    protected CustomerRedemptions() {
    }

    public CustomerRedemptions(Long promotionId, String customerId) {
        this.promotionId = promotionId;
        this.customerId = customerId;
    }

    public int getRedemptions() {
        return redemptions;
    }

    public void redeem() {
        redemptions++;
    }

    /** Another profile's redemptions, now this customer's (the profiles were merged). */
    public void add(int more) {
        redemptions = Math.addExact(redemptions, more);
    }

    public Long getPromotionId() {
        return promotionId;
    }

    /** The primary key: promotion and customer. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long promotionId;
        private String customerId;

        public Key() {
        }

        public Key(Long promotionId, String customerId) {
            this.promotionId = promotionId;
            this.customerId = customerId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(promotionId, key.promotionId)
                    && Objects.equals(customerId, key.customerId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(promotionId, customerId);
        }
    }
}
