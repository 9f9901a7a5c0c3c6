package org.packdesk.importer;

/**
 * What {@link LicenseNormalizer} makes of a package's license metadata.
 *
 * @param id the License entity's id: an SPDX id or expression where one applies, otherwise a tidy
 *     name (at most 200 characters)
 * @param description what the license is: the SPDX full name, or for a license recognised from or
 *     made of a pasted text, that text in full
 */
public record NormalizedLicense(String id, String description) {
}
