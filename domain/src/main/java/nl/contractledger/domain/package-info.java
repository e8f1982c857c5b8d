/**
 * The model of regional youth-care purchasing: commands, events, aggregates and the rules they
 * enforce. Depends on Axon's modelling annotations only; no Spring, no persistence.
 */
package nl.contractledger.domain;
