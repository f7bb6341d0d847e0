#pragma once
// The event's programme: days, sessions, group-work slots and their groups.
// Keys are stable text ("d1-1400", "d1-1400-g2") so every device and the hub
// name the same session the same way.

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace oppmote {

enum class SessionKind { Registration, Plenary, Break, GroupWork, Meal, Other };

QString sessionKindName(SessionKind kind); // "registration", …
SessionKind sessionKindFromName(const QString &name); // unknown → Other

struct Person {
    QString name;
    QString role;
    QString organisation;
};

struct GroupCase {
    QString title;
    Person presenter;
};

// One group of a group-work slot: a theme with its cases, or a mixed group.
struct Group {
    QString key; // "d1-1400-g1"
    int number = 0; // Tema N, or group N of a mixed slot
    QString name; // "Tema 1" / "Gruppe 3"
    QString theme; // the theme's question; empty for a mixed group
    QString room;
    int capacity = 0; // 0 = not set
    int minSize = 0;
    QList<GroupCase> cases;
};

struct Session {
    QString key; // "d1-1400"
    QTime start;
    QTime end; // invalid when the programme does not say
    SessionKind kind = SessionKind::Plenary;
    QString title;
    QList<Person> speakers;
    QStringList notes; // bullets and sub-points
    bool mixedGroups = false; // group work without themes: groups made by allocation
    QList<Group> groups; // group work only
};

struct Day {
    int number = 0; // 1-based
    QDate date;
    QString heading; // as written, "Mandag 25. september"
    QString title; // the day's theme
    QList<Session> sessions;
};

struct Event {
    QString name;
    QString description;
    QString place;
    QList<Day> days;

    const Session *session(const QString &key) const;
    // A group by key: one the programme lists, or a mixed slot's group the
    // allocation made ("d2-1100-m3", see mixedGroup); none when unknown.
    std::optional<Group> group(const QString &key) const;
    // The group-work slot a group key belongs to; nullptr when none.
    const Session *slotOfGroup(const QString &key) const;
    QList<const Session *> groupWorkSlots() const;
};

// A mixed slot's groups are made by the allocation: "<slot>-m<N>", "Gruppe N".
Group mixedGroup(const Session &slot, int number);
int mixedGroupNumber(const Session &slot, const QString &key); // 0 when `key` is not one of them

} // namespace oppmote
