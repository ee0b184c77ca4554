package org.omnistock.promotion.view;

import static org.omnistock.platform.Text.blankToNull;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.platform.view.Messages;
import org.omnistock.platform.view.UtcTimes;
import org.omnistock.promotion.boundary.BasketItem;
import org.omnistock.promotion.boundary.BasketPricing;
import org.omnistock.promotion.boundary.BasketQuote;
import org.omnistock.promotion.boundary.BasketRequest;

/**
 * Backs promotion/preview.xhtml: what a basket would cost at an instant in a channel, at a location, for a customer,
 * priced by the same engine as the web shop and the tills.
 */
@Named
@ViewScoped
public class BasketPreviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BasketPricing pricing;

    private String currency = "EUR";
    private String channel = "WEB";
    private String location;
    private String customerId;
    private String customerGroup;
    private LocalDateTime at;
    private BigDecimal shipping;
    private String codes;
    private String lines = "TSHIRT-BLACK-M 3\nSWEATER-NAVY-L 1";
    private BasketQuote quote;

    public void price() {
        List<BasketItem> items = new ArrayList<>();
        int number = 0;
        for (String line : lines == null ? new String[0] : lines.split("\\R")) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("\\s+");
            try {
                items.add(new BasketItem(parts[0].toUpperCase(java.util.Locale.ROOT),
                        parts.length > 1 ? Integer.parseInt(parts[1]) : 1));
            } catch (NumberFormatException e) {
                Messages.warn("Line " + number + ": write the SKU, a space and the quantity");
                quote = null;
                return;
            }
        }
        List<String> presented = codes == null || codes.isBlank() ? List.of()
                : Arrays.stream(codes.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
        quote = Messages.attempt(() -> pricing.quote(new BasketRequest(currency, blankToNull(channel), blankToNull(location),
                blankToNull(customerId), blankToNull(customerGroup), UtcTimes.toInstant(at), items, shipping, presented, null)));
    }

    public BasketQuote getQuote() {
        return quote;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getCustomerId() {
        return customerId;
    }

    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    public String getCustomerGroup() {
        return customerGroup;
    }

    public void setCustomerGroup(String customerGroup) {
        this.customerGroup = customerGroup;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public void setAt(LocalDateTime at) {
        this.at = at;
    }

    public BigDecimal getShipping() {
        return shipping;
    }

    public void setShipping(BigDecimal shipping) {
        this.shipping = shipping;
    }

    public String getCodes() {
        return codes;
    }

    public void setCodes(String codes) {
        this.codes = codes;
    }

    public String getLines() {
        return lines;
    }

    public void setLines(String lines) {
        this.lines = lines;
    }
}
