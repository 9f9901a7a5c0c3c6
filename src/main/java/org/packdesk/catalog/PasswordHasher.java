package org.packdesk.catalog;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id with OWASP's recommended parameters (19 MiB of memory, 2 iterations, 1 lane), as a
 * PHC string ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}). Plain passwords are never stored.
 */
public final class PasswordHasher {

  private static final Argon2Function OWASP = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID, 19);

  /** The shortest password accepted. */
  public static final int MIN_LENGTH = 8;

  private PasswordHasher() {
  }

  public static String hash(CharSequence password) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new IllegalArgumentException("A password needs at least 8 characters.");
    }
    return Password.hash(password).addRandomSalt(16).with(OWASP).getResult();
  }

  public static boolean matches(CharSequence password, String hash) {
    return hash != null && Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
  }
}
