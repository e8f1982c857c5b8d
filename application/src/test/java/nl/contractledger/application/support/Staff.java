package nl.contractledger.application.support;

/**
 * Who signs in on a set-up: the development users of the embedded profile (password = name) or the
 * configured users of {@link TestUsers}.
 */
public record Staff(String procurement, String auditor, String admin, String password) {

    public static final Staff DEVELOPMENT = new Staff("procurement", "auditor", "admin", null);
    public static final Staff CONFIGURED = new Staff(TestUsers.CLERK, TestUsers.REVIEWER, TestUsers.OPERATOR, TestUsers.PASSWORD);

    public ApiClient.Call procurement(ApiClient api) {
        return call(api, procurement);
    }

    public ApiClient.Call auditor(ApiClient api) {
        return call(api, auditor);
    }

    public ApiClient.Call admin(ApiClient api) {
        return call(api, admin);
    }

    private ApiClient.Call call(ApiClient api, String user) {
        return api.as(user, password == null ? user : password);
    }
}
