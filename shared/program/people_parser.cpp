#include "program/people_parser.h"

#include <QRegularExpression>

namespace oppmote {

namespace {

const QString kUpper = QStringLiteral("A-ZÆØÅÄÖÜÉ");
const QString kWord = QStringLiteral("[\\wÆØÅæøåÄÖäöÜüÉé-]");

bool startsUpper(const QString &s)
{
    return !s.isEmpty() && s.front().isUpper();
}

// A person's name: two to five words, each capitalised ("Hilde Uppstad",
// "Kristin Marie Østensjø-Aarflot"), allowing "von"/"de"-style particles.
bool looksLikeName(const QString &s)
{
    const QStringList words = s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2 || words.size() > 5)
        return false;
    for (const QString &w : words)
        if (!startsUpper(w) && w != QLatin1String("von") && w != QLatin1String("van")
            && w != QLatin1String("de"))
            return false;
    return true;
}

QString stripNoise(QString s)
{
    static const QRegularExpression pdf(
        QStringLiteral("\\((pdf|ppt|pptx|video)\\)"), QRegularExpression::CaseInsensitiveOption);
    s.remove(pdf);
    s = s.simplified();
    while (!s.isEmpty()
        && (s.back() == QLatin1Char('.') || s.back() == QLatin1Char(',') || s.back() == QLatin1Char(' ')))
        s.chop(1);
    return s.trimmed();
}

// Splits "A, role og B, role" at the " og " that starts a new name.
QStringList splitPeople(const QString &text)
{
    QStringList parts;
    static const QRegularExpression og(QStringLiteral("\\s+(og|and|och)\\s+"));
    int start = 0;
    auto it = og.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString after = text.mid(m.capturedEnd());
        const int comma = after.indexOf(QLatin1Char(','));
        const QString candidate = (comma < 0 ? after : after.left(comma)).trimmed();
        if (looksLikeName(stripNoise(candidate))) {
            parts << text.mid(start, m.capturedStart() - start);
            start = m.capturedEnd();
        }
    }
    parts << text.mid(start);
    return parts;
}

void splitRoleAndOrganisation(const QString &rest, Person &p)
{
    static const QRegularExpression county(QStringLiteral("([%1]%2*(?:\\s+og\\s+[%1]%2*|\\s+[%1]%2*)*)\\s+"
                                                          "(fylkeskommune|fylkeskommunes|kommune)")
                                               .arg(kUpper, kWord));
    const auto m = county.match(rest);
    if (m.hasMatch()) {
        p.organisation = normaliseOrganisation(m.captured(1) + QLatin1Char(' ') + m.captured(2));
        QString role = rest.left(m.capturedStart());
        static const QRegularExpression tail(QStringLiteral("(,|\\s+i|\\s+ved|\\s+på)\\s*$"));
        role.remove(tail);
        p.role = stripNoise(role);
        return;
    }
    // "…, Kompetanse Norge": a capitalised last comma part is the organisation.
    const int lastComma = rest.lastIndexOf(QLatin1Char(','));
    const QString last = stripNoise(lastComma < 0 ? rest : rest.mid(lastComma + 1));
    if (startsUpper(last) && !last.contains(QLatin1String(" i "))) {
        // A capitalised title alone ("Seksjonsleder") is a role, not an organisation.
        const bool singleTitle = !last.contains(QLatin1Char(' ')) && last.size() > 1 && !last.at(1).isUpper();
        if (!singleTitle) {
            p.organisation = last;
            p.role = stripNoise(lastComma < 0 ? QString() : rest.left(lastComma));
            return;
        }
    }
    // "spesialrådgiver i LO Næringspolitisk avdeling", "avdelingsdirektør KMD"
    static const QRegularExpression acronym(
        QStringLiteral("(?:\\s+(?:i|ved|på))?\\s+([%1]{2,})\\b(.*)$").arg(kUpper));
    const auto a = acronym.match(rest);
    if (a.hasMatch()) {
        p.organisation = a.captured(1);
        QString role = stripNoise(rest.left(a.capturedStart()));
        const QString unit = stripNoise(a.captured(2));
        if (!unit.isEmpty())
            role += (role.isEmpty() ? QString() : QStringLiteral(", ")) + unit;
        p.role = role;
        return;
    }
    p.role = stripNoise(rest);
}

} // namespace

QString normaliseOrganisation(const QString &name)
{
    QString n = name.simplified();
    n.replace(QRegularExpression(QStringLiteral("-\\s+og\\s+")), QStringLiteral(" og "));
    return n;
}

QList<Person> parsePeople(const QString &text)
{
    QList<Person> people;
    for (QString part : splitPeople(text.simplified())) {
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        Person p;
        const int comma = part.indexOf(QLatin1Char(','));
        QString name = stripNoise(comma < 0 ? part : part.left(comma));
        const QString rest = comma < 0 ? QString() : part.mid(comma + 1).trimmed();
        // "verkstedlederne Ragna …": drop lower-case words before the name.
        QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QStringList prefix;
        while (!words.isEmpty() && !startsUpper(words.front()))
            prefix << words.takeFirst();
        if (words.isEmpty()) { // "v/verkstedleder": a role without a name
            p.role = stripNoise(part);
            people << p;
            continue;
        }
        p.name = words.join(QLatin1Char(' '));
        if (!rest.isEmpty())
            splitRoleAndOrganisation(rest, p);
        if (p.role.isEmpty() && !prefix.isEmpty())
            p.role = prefix.join(QLatin1Char(' '));
        people << p;
    }
    return people;
}

} // namespace oppmote
