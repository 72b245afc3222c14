package se.traden.collaboration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The contact form as typed. */
class ContactForm {
    private String occurredAt;
    private String kind;
    private List<String> withWhom = new ArrayList<>();
    private String withWhomDetail;
    private String personId;
    private String note;

    static ContactForm now(Clock clock) {
        var form = new ContactForm();
        form.occurredAt = FormValues.dateTimeValue(clock.instant(), clock.getZone());
        return form;
    }

    Contact.NewContact toInput(Clock clock) {
        return new Contact.NewContact(
                FormValues.dateTime(occurredAt, clock.getZone()),
                FormValues.choice(ContactKind.class, kind),
                FormValues.choices(ContactParty.class, withWhom),
                withWhomDetail,
                FormValues.id(personId),
                note);
    }

    /** A person id that is not an id at all is refused here, before it is taken for "none". */
    boolean personIdMalformed() {
        return !FormValues.blank(personId) && FormValues.id(personId) == null;
    }

    public String getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(String occurredAt) {
        this.occurredAt = occurredAt;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public List<String> getWithWhom() {
        return withWhom;
    }

    public void setWithWhom(List<String> withWhom) {
        this.withWhom = withWhom;
    }

    public String getWithWhomDetail() {
        return withWhomDetail;
    }

    public void setWithWhomDetail(String withWhomDetail) {
        this.withWhomDetail = withWhomDetail;
    }

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
