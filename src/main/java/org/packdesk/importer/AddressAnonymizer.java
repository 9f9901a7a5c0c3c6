package org.packdesk.importer;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Truncates client addresses as web analytics do: IPv4 to its /24 network
 * ({@code 203.0.113.9 -> 203.0.113.0}), IPv6 to its /48. Only address literals are handled, so no
 * name is ever looked up; a host name (logs written with name lookups on) cannot be truncated and
 * is dropped.
 */
final class AddressAnonymizer {

  private AddressAnonymizer() {
  }

  /** The truncated address, or null when {@code address} is not an IP address literal. */
  static String anonymize(String address) {
    if (address == null || !isAddressLiteral(address)) {
      return null;
    }
    byte[] bytes;
    try {
      // a literal is parsed, never resolved
      bytes = InetAddress.getByName(address).getAddress();
    } catch (UnknownHostException | SecurityException e) {
      return null;
    }
    int keep = bytes.length == 4 ? 3 : 6;
    for (int i = keep; i < bytes.length; i++) {
      bytes[i] = 0;
    }
    try {
      return InetAddress.getByAddress(bytes).getHostAddress();
    } catch (UnknownHostException e) {
      throw new IllegalStateException("An address of " + bytes.length + " bytes", e);
    }
  }

  /**
   * Four dotted numbers up to 255, or IPv6 (hex digits, colons, an embedded IPv4 part, no zone):
   * what {@link InetAddress#getByName} parses without a name lookup.
   */
  private static boolean isAddressLiteral(String s) {
    if (s.isEmpty() || s.length() > 45) {
      return false;
    }
    if (s.indexOf(':') >= 0) {
      return s.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.');
    }
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
          || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }
}
