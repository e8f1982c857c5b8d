/**
 * Read models built from the event store: tracking event handlers that write read tables, the
 * queries that answer from them, and the event history that auditors read. Never imports the
 * application module.
 */
package nl.contractledger.projections;
