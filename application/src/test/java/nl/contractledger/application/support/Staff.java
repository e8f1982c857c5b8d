package nl.contractledger.application.support;

/**
 * Who signs in on a set-up: the development users of the embedded profile (password = name) or the
 * configured users of {@link TestUsers}.
 */
public record Staff(String procurement, String auditor, String legal, String admin, String password) {

    public static final Staff DEVELOPMENT = new Staff("procurement", "auditor", "legal", "admin", null);
    public static final Staff CONFIGURED = new Staff(TestUsers.CLERK, TestUsers.REVIEWER, TestUsers.COUNSEL, TestUsers.OPERATOR,
            TestUsers.PASSWORD);

    public ApiClient.Call procurement(ApiClient api) {
        return call(api, procurement);
    }

    public ApiClient.Call auditor(ApiClient api) {
        return call(api, auditor);
    }

    public ApiClient.Call admin(ApiClient api) {
        return call(api, admin);
    }

    /** Signed in with the role that the development user of that name has ({@code procurement}, {@code legal}, …). */
    public ApiClient.Call as(ApiClient api, String developmentUser) {
        return call(api, switch (developmentUser) {
            case "procurement" -> procurement;
            case "auditor" -> auditor;
            case "legal" -> legal;
            case "admin" -> admin;
            default -> throw new IllegalArgumentException("no development user " + developmentUser);
        });
    }

    private ApiClient.Call call(ApiClient api, String user) {
        return api.as(user, password == null ? user : password);
    }
}
