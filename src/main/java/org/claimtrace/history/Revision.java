package org.claimtrace.history;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.ModifiedEntityNames;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * One recorded change set: a transaction that changed audited records, who made it and when, and which kinds of
 * record it touched. Envers writes it; the table and its sequence come from Flyway (V11_2).
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(RevisionUser.class)
public final class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revinfo_seq")
    @SequenceGenerator(name = "revinfo_seq", sequenceName = "revinfo_seq", allocationSize = 50)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "revtstmp", nullable = false)
    private long timestamp;

    @Column(nullable = false, length = 100)
    private String username;

    @ElementCollection(fetch = FetchType.LAZY)
    @JoinTable(name = "revchanges", joinColumns = @JoinColumn(name = "rev"))
    @Column(name = "entityname")
    @ModifiedEntityNames
    private Set<String> modifiedEntityNames = new HashSet<>();

    public long getId() { return id; }
    public Instant getAt() { return Instant.ofEpochMilli(timestamp); }
    public String getUsername() { return username; }

    void setUsername(String username) { this.username = username; }
}
