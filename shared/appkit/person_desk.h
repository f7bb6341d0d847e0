#pragma once
// The desk's card for one person (the People page): the details as stored,
// contact details included (organisers only: this model is never on a
// kiosk), saved through roster::PersonEditing (the import's rules, as
// `oppmote attendees add|edit`); a new person added the same way; a new code
// for a lost badge or a leaked code; the invitation ticket saved as PDF into
// the reports folder. Every job runs on the store's thread; `done` says what
// happened in the UI language.

#include "domain/attendee.h"
#include "store/async_store.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>

namespace oppmote {

class PersonDesk : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString attendeeId READ attendeeId NOTIFY personChanged) // "" = a new person
    Q_PROPERTY(QString firstName READ firstName NOTIFY personChanged)
    Q_PROPERTY(QString lastName READ lastName NOTIFY personChanged)
    Q_PROPERTY(QString organisation READ organisation NOTIFY personChanged)
    Q_PROPERTY(QString role READ role NOTIFY personChanged)
    Q_PROPERTY(QString email READ email NOTIFY personChanged)
    Q_PROPERTY(QString phone READ phone NOTIFY personChanged)
    Q_PROPERTY(QString typeName READ typeName NOTIFY personChanged) // attendeeTypeName()
    // Registered at a kiosk, not approved yet: corrected as a walk-in (its type stays).
    Q_PROPERTY(bool waitingWalkIn READ waitingWalkIn NOTIFY personChanged)
    Q_PROPERTY(QString code READ code NOTIFY personChanged) // grouped as read aloud; "" = none
    Q_PROPERTY(int badgesPrinted READ badgesPrinted NOTIFY badgesChanged)
    Q_PROPERTY(QVariantList types READ types CONSTANT) // [{name, title}] in the UI language
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
public:
    // `folder`: where tickets are saved (the desk's reports folder).
    PersonDesk(AsyncStore *store, QString folder, QObject *parent = nullptr);

    QString attendeeId() const { return m_person.id; }
    QString firstName() const { return m_person.firstName; }
    QString lastName() const { return m_person.lastName; }
    QString organisation() const { return m_person.organisation; }
    QString role() const { return m_person.role; }
    QString email() const { return m_person.email; }
    QString phone() const { return m_person.phone; }
    QString typeName() const { return attendeeTypeName(m_person.type); }
    QString code() const;
    bool waitingWalkIn() const;
    int badgesPrinted() const { return m_badgesPrinted; }
    QVariantList types() const;
    bool busy() const { return m_busy; }

    Q_INVOKABLE void open(const QString &attendeeId);
    Q_INVOKABLE void openNew();
    // The form's values by field key (firstName, lastName, organisation, role,
    // email, phone, type): a new person is added, else the one open is changed
    // (a walk-in waiting for approval with the walk-in's rules; its type stays).
    Q_INVOKABLE void save(const QVariantMap &values);
    Q_INVOKABLE void giveNewCode();
    Q_INVOKABLE void saveTicket();
    // Reads again how many badges the person has had (after one printed).
    Q_INVOKABLE void countBadges();

Q_SIGNALS:
    void personChanged(); // another person, or the stored details after an action
    void badgesChanged();
    void busyChanged();
    void done(bool ok, const QString &message);

private:
    void correctWalkIn(const QVariantMap &values);
    void show(const Attendee &person, int badgesPrinted);
    void setBusy(bool busy);
    void finish(bool ok, const QString &message);

    QPointer<AsyncStore> m_store;
    QString m_folder;
    Attendee m_person;
    int m_badgesPrinted = 0;
    bool m_busy = false;
};

} // namespace oppmote
