/**
 * The Spring Boot application: REST controllers, security, Axon and database configuration.
 * Nothing else imports this package.
 */
package nl.contractledger.application;
