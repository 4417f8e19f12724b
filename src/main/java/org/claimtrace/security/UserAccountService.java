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

    UserAccountService(AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
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

    /** Only for the first start, before anyone can log in: see {@link AdminBootstrap}. */
    AppUser createFirstAdmin(String password) {
        return users.save(new AppUser("admin", passwordEncoder.encode(password), Set.of(Role.ADMIN), clock.instant()));
    }

    @Transactional(readOnly = true)
    boolean noUsersYet() {
        return users.count() == 0;
    }
}
