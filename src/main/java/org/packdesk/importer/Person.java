package org.packdesk.importer;

/**
 * A person named in a package's author or maintainer fields.
 *
 * @param name the name published with the address, or null when none goes with it
 * @param email the address as written (case kept)
 */
public record Person(String name, String email) {
}
