package org.claimtrace.security;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Set;

/** User accounts: the administrator manages them; nobody else may. */
@Service
@Transactional
public class UserAccountService {

    public static final int PASSWORD_MIN = 8;

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final CurrentUser currentUser;

    UserAccountService(AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock, CurrentUser currentUser) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    @PreAuthorize(Role.Names.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<AppUser> list() {
        return users.findAll().stream().sorted((a, b) -> a.getUsername().compareToIgnoreCase(b.getUsername())).toList();
    }

    /** The names of enabled users with any of the roles, e.g. who can take part in a review; any role may ask. */
    @PreAuthorize(Role.Names.CAN_READ)
    @Transactional(readOnly = true)
    public List<String> usernamesWithAnyRole(Set<Role> roles) {
        return users.findAll().stream().filter(AppUser::isEnabled)
                .filter(u -> u.getRoles().stream().anyMatch(roles::contains))
                .map(AppUser::getUsername).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    @PreAuthorize(Role.Names.IS_ADMIN)
    public AppUser create(String username, String password, Set<Role> roles) {
        var name = username == null ? "" : username.strip();
        if (name.isEmpty() || name.length() > AppUser.USERNAME_MAX || !name.matches("[A-Za-z0-9._@-]+")) {
            throw new IllegalArgumentException("A user name is 1 to " + AppUser.USERNAME_MAX
                    + " letters, digits or . _ @ -");
        }
        if (password == null || password.length() < PASSWORD_MIN) {
            throw new IllegalArgumentException("A password has at least " + PASSWORD_MIN + " characters");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one role");
        }
        if (users.findByUsernameIgnoreCase(name).isPresent()) {
            throw new IllegalArgumentException("There is already a user called " + name);
        }
        return users.save(new AppUser(name, passwordEncoder.encode(password), roles, clock.instant()));
    }

    /**
     * Disables or enables an account. A disabled user's annotations, claims and history stay as they are; they
     * cannot log in, their API tokens stop working and an open session ends at its next page.
     */
    @PreAuthorize(Role.Names.IS_ADMIN)
    public AppUser setEnabled(long userId, boolean enabled) {
        var user = users.findById(userId).orElseThrow(() -> new IllegalArgumentException("There is no such user."));
        if (!enabled && user.getUsername().equalsIgnoreCase(currentUser.name())) {
            throw new IllegalArgumentException("You cannot disable your own account.");
        }
        user.setEnabled(enabled);
        return users.save(user);
    }

    /** Gives the user a new password, which they must change when they next log in. */
    @PreAuthorize(Role.Names.IS_ADMIN)
    public AppUser resetPassword(long userId, String newPassword) {
        checkPassword(newPassword);
        var user = users.findById(userId).orElseThrow(() -> new IllegalArgumentException("There is no such user."));
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.setPasswordChangeRequired(true);
        return users.save(user);
    }

    /** The logged-in user chooses a new password, proving the current one. */
    @PreAuthorize(Role.Names.CAN_READ)
    public void changeOwnPassword(String currentPassword, String newPassword) {
        var user = users.findByUsernameIgnoreCase(currentUser.name()).orElseThrow(() -> new IllegalArgumentException("There is no such user."));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new IllegalArgumentException("The current password is not right.");
        }
        checkPassword(newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new IllegalArgumentException("Choose a password other than the current one.");
        }
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.setPasswordChangeRequired(false);
        users.save(user);
    }

    /** Whether the user must change their password before anything else (false for an unknown name). */
    @Transactional(readOnly = true)
    public boolean passwordChangeRequired(String username) {
        return users.findByUsernameIgnoreCase(username).map(AppUser::isPasswordChangeRequired).orElse(false);
    }

    /** Whether an administrator disabled this account. */
    @Transactional(readOnly = true)
    public boolean isDisabled(String username) {
        return users.findByUsernameIgnoreCase(username).map(u -> !u.isEnabled()).orElse(false);
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < PASSWORD_MIN) {
            throw new IllegalArgumentException("A password has at least " + PASSWORD_MIN + " characters");
        }
    }

    /**
     * Only for the first start, before anyone can log in: see {@link AdminBootstrap}, which hashes the password
     * (with the app's PasswordEncoder) while the app starts. A generated password was printed in the log and must
     * be changed at the first login.
     */
    AppUser createFirstAdmin(String passwordHash, boolean changeRequired) {
        var admin = new AppUser("admin", passwordHash, Set.of(Role.ADMIN), clock.instant());
        admin.setPasswordChangeRequired(changeRequired);
        return users.save(admin);
    }

    @Transactional(readOnly = true)
    boolean noUsersYet() {
        return users.count() == 0;
    }
}
