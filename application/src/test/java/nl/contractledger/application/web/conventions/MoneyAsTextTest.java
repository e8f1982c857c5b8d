package nl.contractledger.application.web.conventions;

import nl.contractledger.application.support.ApiTest;
import nl.contractledger.application.support.EventCount;
import nl.contractledger.application.support.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Money is a decimal string (API.md): sent as a JSON number, which may already have lost a cent, or as anything
 * else, it is {@code AMOUNT_MALFORMED} naming the field where it stands, like {@code "€ 2.41.354"}, and writes
 * nothing. Before, a JSON number was a {@code VALIDATION_FAILED} wrong type.
 */
class MoneyAsTextTest extends ApiTest {

    @Autowired
    private JdbcClient jdbc;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            PUT  | /api/contracts/money-c/tariffs/2027                  | {"tariffs": [{"productCode": "P1", "amount": "1.00"}, {"productCode": "P2", "amount": 12.5}]} | tariffs[1].amount | number
            PUT  | /api/contracts/money-c/spending-caps/money-p/2027    | {"amount": 250000}                                                                         | amount            | number
            POST | /api/tenders                                         | {"id": "money-t", "regionId": "money", "segmentIds": ["money-s1"], "title": "T", "estimatedValue": true} | estimatedValue | boolean
            POST | /api/contracts                                       | {"id": "money-c", "regionId": "money", "segmentIds": ["money-s1"], "kind": "OPEN_HOUSE", "title": "C", "route": {"type": "OPEN_HOUSE"}, "startsOn": "2027-01-01", "endsOn": "2032-12-31", "products": [{"code": "P1", "category": "45", "unit": "hour", "tariff": {"euros": 80}}]} | products[0].tariff | object
            PUT  | /api/regions/money/savings-targets/2027              | {"minAmount": "24000000.00", "maxAmount": [25000000]}                                     | maxAmount         | array
            """)
    void givenMoneyThatIsNotAString_whenSent_thenAmountMalformedNamingWhereItStandsAndNothingWritten(
            String method, String path, String body, String field, String kind) {
        EventCount events = new EventCount(jdbc);
        long before = events.total();

        Response response = procurement().send(method, path, body.getBytes(StandardCharsets.UTF_8), false);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("AMOUNT_MALFORMED");
        assertThat(response.json().path("field").asString()).isEqualTo(field);
        assertThat(response.json().path("errors").findValuesAsString("field")).containsExactly(field);
        assertThat(response.json().path("detail").asString()).isEqualTo(field
                + " must be a non-negative decimal string with at most two decimals, such as \"4805809.00\"; was a JSON "
                + kind);
        assertThat(events.total()).isEqualTo(before);
    }
}
