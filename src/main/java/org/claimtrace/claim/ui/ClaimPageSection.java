package org.claimtrace.claim.ui;

import com.vaadin.flow.component.Component;

/**
 * A part of the claim page that another feature contributes as a bean (the review feature: the verdicts of the
 * sessions that reviewed the claim), so the claim page need not know the features built on top of it.
 */
public interface ClaimPageSection {

    /** The section for the claim, or nothing to show. */
    java.util.Optional<Component> create(long claimId);
}
