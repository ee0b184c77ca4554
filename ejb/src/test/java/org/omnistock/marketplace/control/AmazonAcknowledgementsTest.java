package org.omnistock.marketplace.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AmazonAcknowledgementsTest {

    @Test
    void eachOrderIsOneSuccessMessageWithTheSellersNumberAndTextIsEscaped() {
        String feed = AmazonAcknowledgements.feed("A2SELLER", List.of(
                new AmazonAcknowledgements.Acknowledgement("171-0000001-0000001", "WEB-1"),
                new AmazonAcknowledgements.Acknowledgement("171-0000002-0000002", "A&B<2>")));

        assertTrue(feed.contains("<MerchantIdentifier>A2SELLER</MerchantIdentifier>"), feed);
        assertTrue(feed.contains("<MessageType>OrderAcknowledgement</MessageType>"), feed);
        assertTrue(feed.contains("<Message><MessageID>1</MessageID><OrderAcknowledgement>"
                + "<AmazonOrderID>171-0000001-0000001</AmazonOrderID><MerchantOrderID>WEB-1</MerchantOrderID>"
                + "<StatusCode>Success</StatusCode></OrderAcknowledgement></Message>"), feed);
        assertTrue(feed.contains("<MessageID>2</MessageID>"), feed);
        assertTrue(feed.contains("<MerchantOrderID>A&amp;B&lt;2&gt;</MerchantOrderID>"), feed);
    }

    @Test
    void theReportsErrorsAreRefusalsByMessageAndWarningsAreNot() {
        String report = """
                <?xml version="1.0" encoding="UTF-8"?>
                <AmazonEnvelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                  <Header><DocumentVersion>1.02</DocumentVersion><MerchantIdentifier>A2SELLER</MerchantIdentifier></Header>
                  <MessageType>ProcessingReport</MessageType>
                  <Message>
                    <MessageID>1</MessageID>
                    <ProcessingReport>
                      <DocumentTransactionID>50001</DocumentTransactionID>
                      <StatusCode>Complete</StatusCode>
                      <ProcessingSummary><MessagesProcessed>3</MessagesProcessed>
                        <MessagesSuccessful>1</MessagesSuccessful><MessagesWithError>1</MessagesWithError>
                        <MessagesWithWarning>1</MessagesWithWarning></ProcessingSummary>
                      <Result><MessageID>2</MessageID><ResultCode>Error</ResultCode>
                        <ResultMessageCode>25</ResultMessageCode>
                        <ResultDescription>We are unable to process the XML feed.</ResultDescription>
                        <AdditionalInfo><AmazonOrderID>171-2</AmazonOrderID></AdditionalInfo></Result>
                      <Result><MessageID>3</MessageID><ResultCode>Warning</ResultCode>
                        <ResultMessageCode>5000</ResultMessageCode>
                        <ResultDescription>Acknowledged before.</ResultDescription></Result>
                    </ProcessingReport>
                  </Message>
                </AmazonEnvelope>
                """;

        Map<Integer, String> errors = AmazonAcknowledgements.errors(report);

        assertEquals(Map.of(2, "25: We are unable to process the XML feed."), errors);
    }

    @Test
    void aReportWithAnEntityOrOfAnotherShapeIsRefusedNotFollowed() {
        String withEntity = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<AmazonEnvelope><Message><ProcessingReport><Result><MessageID>1</MessageID>"
                + "<ResultCode>Error</ResultCode><ResultDescription>&x;</ResultDescription></Result>"
                + "</ProcessingReport></Message></AmazonEnvelope>";
        assertThrows(MarketplaceFault.Refused.class, () -> AmazonAcknowledgements.errors(withEntity));
        assertThrows(MarketplaceFault.Refused.class, () -> AmazonAcknowledgements.errors("{\"issues\":[]}"));
        assertThrows(MarketplaceFault.Refused.class, () -> AmazonAcknowledgements.errors(
                "<AmazonEnvelope><MessageType>ProcessingReport</MessageType></AmazonEnvelope>"));
    }
}
