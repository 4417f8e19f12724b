package org.claimtrace.history;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.context.SecurityContextHolder;

/** Records who made a revision: the logged-in user, the API caller, or "system" for start-up work without one. */
public class RevisionUser implements RevisionListener {

    static final int NAME_MAX = 100;

    @Override
    public void newRevision(Object revisionEntity) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        var name = auth == null || auth.getName() == null ? "system" : auth.getName();
        ((Revision) revisionEntity).setUsername(name.length() > NAME_MAX ? name.substring(0, NAME_MAX) : name);
    }
}
