package org.packdesk.catalog;

/** A package as choosers and detail lists show it: its id, its published name and its summary. */
public record PackageRef(String id, String name, String summary) {
}
