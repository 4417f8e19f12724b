package org.claimtrace.article;

import org.claimtrace.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.Names.CAN_READ)
public class OutletService {

    private final OutletRepository outlets;

    OutletService(OutletRepository outlets) {
        this.outlets = outlets;
    }

    public List<Outlet> list() {
        return outlets.findAllByOrderByNameAsc();
    }

    public Optional<Outlet> findByName(String name) {
        return outlets.findByNameIgnoreCase(name.strip());
    }

    /** Saves a new or edited outlet; a name another outlet already has is refused. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public Outlet save(Outlet outlet) {
        outlet.setName(outlet.getName() == null ? null : outlet.getName().strip());
        var sameName = outlets.findByNameIgnoreCase(outlet.getName() == null ? "" : outlet.getName());
        if (sameName.isPresent() && !sameName.get().equals(outlet)) {
            throw new IllegalArgumentException("There is already an outlet called " + outlet.getName() + ".");
        }
        if (outlet.getHomepage() != null && outlet.getHomepage().isBlank()) {
            outlet.setHomepage(null);
        }
        return outlets.save(outlet);
    }

    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    Outlet findOrCreate(String name, OutletKind kindIfNew) {
        return outlets.findByNameIgnoreCase(name)
                .orElseGet(() -> outlets.save(new Outlet(name, kindIfNew == null ? OutletKind.OTHER : kindIfNew)));
    }
}
