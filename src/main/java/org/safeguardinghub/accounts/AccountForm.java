package org.safeguardinghub.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new account. Leaving the password blank makes an account that signs in only by single sign-on. */
class AccountForm {

    @NotBlank(message = "Enter a username")
    @Pattern(regexp = "^[A-Za-z0-9._-]{3,60}$", message = "Username must be 3 to 60 letters, numbers, dots, dashes or underscores")
    private String username;
    @NotBlank(message = "Enter the person's name")
    @Size(max = 200, message = "Name must be 200 characters or fewer")
    private String displayName;
    @NotBlank(message = "Enter an email address")
    @Email(message = "Enter an email address in the correct format, like name@example.com")
    private String email;
    private String password;
    private boolean systemAdministrator;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password == null || password.isEmpty() ? null : password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isSystemAdministrator() {
        return systemAdministrator;
    }

    public void setSystemAdministrator(boolean systemAdministrator) {
        this.systemAdministrator = systemAdministrator;
    }
}
