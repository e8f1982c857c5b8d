package nl.contractledger.domain.region;

import nl.contractledger.domain.shared.Require;

/** A contracted care product: its code, its name and its iJw product category. */
public record Product(String code, String name, String category) {

    public Product {
        code = Require.text(code, "products[].code", 50);
        name = Require.text(name, "products[].name", 300);
        category = Require.text(category, "products[].category", 50);
    }
}
