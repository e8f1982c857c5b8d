package nl.contractledger.application.support;

import tools.jackson.databind.JsonNode;

/** A read model's status as {@code GET /api/admin/projections} tells it. */
public final class ProjectionStatuses {

    private ProjectionStatuses() {
    }

    /** The status of the read model, asked by someone with the ADMIN role; fails the test when there is none. */
    public static JsonNode of(ApiClient.Call admin, String readModel) {
        for (JsonNode status : admin.get("/api/admin/projections").json()) {
            if (status.path("name").asString().equals(readModel)) {
                return status;
            }
        }
        throw new AssertionError("no read model " + readModel);
    }
}
