package org.packdesk.model;

import io.ebean.annotation.Index;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An account of the index. The e-mail is unique regardless of case: {@code emailKey} holds its
 * lower-cased form under a unique constraint (portable, unlike a functional index). Passwords
 * are only ever stored as an Argon2id hash (see the catalog's password service).
 */
@Entity
@Table(name = "users")
// the users table pages by name and by last login (keyset paging: the id breaks ties)
@Index(name = "ix_users_name_id", columnNames = {"name", "id"})
@Index(name = "ix_users_last_login_id", columnNames = {"last_login", "id"})
public class User extends BaseModel {

  @Id
  private Long id;

  @Column(length = 500)
  private String name;

  @Column(length = 320, nullable = false)
  private String email;

  @Column(length = 320, nullable = false, unique = true)
  private String emailKey;

  @Column(length = 255)
  private String hashedPassword;

  private Instant createdDate;

  @Column(length = 1000)
  private String profileImageUrl;

  private Instant lastLogin;

  @OneToMany(mappedBy = "user", cascade = jakarta.persistence.CascadeType.ALL, orphanRemoval = true)
  private List<Maintainer> maintainers = new ArrayList<>();

  protected User() {
  }

  public User(String name, String email) {
    this.name = name;
    setEmail(email);
    this.createdDate = Instant.now();
  }

  public static String emailKey(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }

  @PrePersist
  @PreUpdate
  void deriveEmailKey() {
    this.emailKey = emailKey(email);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email.trim();
    this.emailKey = emailKey(email);
  }

  public String getEmailKey() {
    return emailKey;
  }

  public String getHashedPassword() {
    return hashedPassword;
  }

  /** Takes a hash, never a password: see {@code PasswordHasher}. */
  public void setHashedPassword(String hashedPassword) {
    this.hashedPassword = hashedPassword;
  }

  public Instant getCreatedDate() {
    return createdDate;
  }

  public String getProfileImageUrl() {
    return profileImageUrl;
  }

  public void setProfileImageUrl(String profileImageUrl) {
    this.profileImageUrl = profileImageUrl;
  }

  public Instant getLastLogin() {
    return lastLogin;
  }

  public void setLastLogin(Instant lastLogin) {
    this.lastLogin = lastLogin;
  }

  public List<Maintainer> getMaintainers() {
    return maintainers;
  }
}
