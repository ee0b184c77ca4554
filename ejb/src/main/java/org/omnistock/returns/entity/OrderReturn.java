package org.omnistock.returns.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.omnistock.order.entity.CustomerOrder;
import org.omnistock.order.entity.OrderLine;

/** A return authorised against one order, and what of it arrived; see the package documentation. */
@Entity
@Table(name = "order_return")
@NamedQuery(name = OrderReturn.FIND_BY_CUSTOMERS, query = "SELECT r FROM OrderReturn r "
        + "WHERE r.order.customerNumber IN :customers ORDER BY r.createdAt DESC, r.id DESC")
@NamedQuery(name = OrderReturn.FIND_BY_STATUS, query = "SELECT r FROM OrderReturn r WHERE r.status IN :statuses "
        + "ORDER BY r.createdAt DESC, r.id DESC")
@NamedQuery(name = OrderReturn.FIND_BY_NUMBER, query = "SELECT r FROM OrderReturn r WHERE r.number = :number")
@NamedQuery(name = OrderReturn.FIND_BY_ORDER, query = "SELECT r FROM OrderReturn r WHERE r.order = :order "
        + "ORDER BY r.id")
public class OrderReturn {

    public static final String FIND_BY_STATUS = "OrderReturn.findByStatus";
    public static final String FIND_BY_CUSTOMERS = "OrderReturn.findByCustomers";
    public static final String FIND_BY_NUMBER = "OrderReturn.findByNumber";
    public static final String FIND_BY_ORDER = "OrderReturn.findByOrder";
    public static final String NUMBER_PREFIX = "R";

    @Id
    @SequenceGenerator(name = "order_return_id", sequenceName = "customer_order_id_block", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_return_id")
    private Long id;

    @Column(name = "return_number", nullable = false, unique = true, length = 20)
    private String number;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private CustomerOrder order;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReturnStatus status = ReturnStatus.AUTHORISED;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal refunded = BigDecimal.ZERO;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @OneToMany(mappedBy = "orderReturn", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<OrderReturnLine> lines = new ArrayList<>();

    protected OrderReturn() {
    }

    public OrderReturn(CustomerOrder order, Instant createdAt, String createdBy) {
        this.order = order;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public void numbered() {
        this.number = NUMBER_PREFIX + id;
    }

    public OrderReturnLine addLine(OrderLine orderLine, int quantity, String reason) {
        OrderReturnLine line = new OrderReturnLine(this, orderLine, quantity, reason);
        lines.add(line);
        return line;
    }

    /** After goods arrived: the refund they brought, and whether all the return's goods are in. */
    public void received(BigDecimal refund) {
        refunded = refunded.add(refund);
        status = lines.stream().allMatch(OrderReturnLine::complete) ? ReturnStatus.RECEIVED
                : ReturnStatus.PARTLY_RECEIVED;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public CustomerOrder getOrder() {
        return order;
    }

    public ReturnStatus getStatus() {
        return status;
    }

    public BigDecimal getRefunded() {
        return refunded;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<OrderReturnLine> getLines() {
        return lines;
    }
}
