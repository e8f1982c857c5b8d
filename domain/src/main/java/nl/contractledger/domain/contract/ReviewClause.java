package nl.contractledger.domain.contract;



/** A herzieningsclausule: a clause in the terms that allows a change (Aanbestedingswet art. 2.163c). */
public record ReviewClause(String clauseId, String text) {
}
