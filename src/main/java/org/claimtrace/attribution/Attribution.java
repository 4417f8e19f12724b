package org.claimtrace.attribution;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * How one article sources one claim (PARC: source, cue, content). Only the type is required; everything
 * else is what the editor can tell from the text. Mutable, for the form's binder.
 */
@Embeddable
public class Attribution {

    public static final int CUE_MAX = 200;
    public static final int SOURCE_MAX = 500;
    public static final int NAME_MAX = 200;
    public static final int REASON_MAX = 500;
    public static final int RELAY_MAX = 300;
    public static final int NOTE_MAX = 2000;

    @NotBlank(message = "Choose how the annotation is attributed")
    @Column(name = "type_code", nullable = false, length = 40)
    private String typeCode;

    @Size(max = CUE_MAX)
    @Column(length = CUE_MAX)
    private String cue;

    @Size(max = SOURCE_MAX)
    @Column(name = "source_as_written", length = SOURCE_MAX)
    private String sourceAsWritten;

    @Size(max = NAME_MAX)
    @Column(name = "source_name", length = NAME_MAX)
    private String sourceName;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Affiliation affiliation;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_role", length = 30)
    private SourceRole role;

    @Enumerated(EnumType.STRING)
    @Column(name = "on_record", length = 20)
    private OnRecord onRecord;

    @Pattern(regexp = "^$|^[1-9][0-9]{0,2}$|^several$", message = "A number, or \u201cseveral\u201d")
    @Column(name = "source_count", length = 20)
    private String sourceCount;

    @Size(max = REASON_MAX)
    @Column(name = "anonymity_reason", length = REASON_MAX)
    private String anonymityReason;

    @Size(max = REASON_MAX)
    @Column(name = "basis_of_knowledge", length = REASON_MAX)
    private String basisOfKnowledge;

    @Size(max = RELAY_MAX)
    @Column(name = "relayed_via", length = RELAY_MAX)
    private String relayedVia;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Stance stance;

    @Size(max = NOTE_MAX)
    @Column(length = NOTE_MAX)
    private String note;

    public Attribution() {
    }

    public Attribution(String typeCode) {
        this.typeCode = typeCode;
    }

    public Attribution copy() {
        var copy = new Attribution(typeCode);
        copy.cue = cue;
        copy.sourceAsWritten = sourceAsWritten;
        copy.sourceName = sourceName;
        copy.affiliation = affiliation;
        copy.role = role;
        copy.onRecord = onRecord;
        copy.sourceCount = sourceCount;
        copy.anonymityReason = anonymityReason;
        copy.basisOfKnowledge = basisOfKnowledge;
        copy.relayedVia = relayedVia;
        copy.stance = stance;
        copy.note = note;
        return copy;
    }

    /**
     * An anonymous source whose reason for anonymity the text does not give: worth flagging, never
     * blocking (many articles give none, and that itself is a finding).
     */
    public boolean isAnonymousWithoutReason() {
        boolean anonymous = onRecord == OnRecord.ANONYMOUS || onRecord == OnRecord.BACKGROUND
                || AttributionType.ANONYMOUS_DESCRIBED.name().equals(typeCode)
                || AttributionType.ANONYMOUS_VAGUE.name().equals(typeCode);
        return anonymous && (anonymityReason == null || anonymityReason.isBlank());
    }

    /** Whether a reason for the source's anonymity is written down (not blank). */
    public boolean statesAnonymityReason() {
        return anonymityReason != null && !anonymityReason.isBlank();
    }

    /** Whether an outlet or wire it was relayed through is written down (not blank). */
    public boolean namesRelay() {
        return relayedVia != null && !relayedVia.isBlank();
    }

    public String getTypeCode() { return typeCode; }
    public void setTypeCode(String typeCode) { this.typeCode = typeCode; }
    public String getCue() { return cue; }
    public void setCue(String cue) { this.cue = cue; }
    public String getSourceAsWritten() { return sourceAsWritten; }
    public void setSourceAsWritten(String sourceAsWritten) { this.sourceAsWritten = sourceAsWritten; }
    public String getSourceName() { return sourceName; }
    public void setSourceName(String sourceName) { this.sourceName = sourceName; }
    public Affiliation getAffiliation() { return affiliation; }
    public void setAffiliation(Affiliation affiliation) { this.affiliation = affiliation; }
    public SourceRole getRole() { return role; }
    public void setRole(SourceRole role) { this.role = role; }
    public OnRecord getOnRecord() { return onRecord; }
    public void setOnRecord(OnRecord onRecord) { this.onRecord = onRecord; }
    public String getSourceCount() { return sourceCount; }
    public void setSourceCount(String sourceCount) { this.sourceCount = sourceCount; }
    public String getAnonymityReason() { return anonymityReason; }
    public void setAnonymityReason(String anonymityReason) { this.anonymityReason = anonymityReason; }
    public String getBasisOfKnowledge() { return basisOfKnowledge; }
    public void setBasisOfKnowledge(String basisOfKnowledge) { this.basisOfKnowledge = basisOfKnowledge; }
    public String getRelayedVia() { return relayedVia; }
    public void setRelayedVia(String relayedVia) { this.relayedVia = relayedVia; }
    public Stance getStance() { return stance; }
    public void setStance(Stance stance) { this.stance = stance; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
