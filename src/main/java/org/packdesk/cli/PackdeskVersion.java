package org.packdesk.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (absent when run from classes). */
public final class PackdeskVersion implements IVersionProvider {

  public static String current() {
    String version = PackdeskVersion.class.getPackage().getImplementationVersion();
    return version == null ? "development build" : version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"Packdesk " + current()};
  }
}
