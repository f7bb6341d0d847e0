#include "appkit/kiosk_pairing.h"

#include "badge/badge_template.h"
#include "domain/plain_text.h"
#include "kiosk/door_choices.h"
#include "kiosk/pairing_offer.h"

#include <QCoreApplication>

#include <optional>

namespace oppmote {

namespace {

struct PairingText {
    Q_DECLARE_TR_FUNCTIONS(KioskPairing)
};

QVariantMap choice(const QString &value, const QString &title)
{
    return { { QStringLiteral("value"), value }, { QStringLiteral("title"), title } };
}

QVariantList modesOf(const Event &event)
{
    QVariantList list { choice(QStringLiteral("entrance"), PairingText::tr("The entrance")) };
    for (const DoorChoice &door : doorChoices(event))
        list << choice(door.mode, shownText(door.label));
    return list;
}

} // namespace

KioskPairing::KioskPairing(AsyncStore *store, QString hubUrl, QObject *parent)
    : QObject(parent), m_store(store), m_hubUrl(std::move(hubUrl))
{
    m_modes = modesOf({});
    if (m_store) {
        connect(m_store, &AsyncStore::changed, this, &KioskPairing::readModes);
        connect(m_store, &AsyncStore::opened, this, &KioskPairing::readModes);
        readModes();
    }
}

void KioskPairing::readModes()
{
    if (!m_store)
        return;
    struct Read {
        qint64 version = -1;
        std::optional<QVariantList> modes; // none: the roster version is the one read before
    };
    // A check-in changes the store too: the programme is read only when the roster's version moved.
    m_store->run<Read>(
        [known = m_modesVersion](Store &store) {
            Read r;
            auto version = store.rosterVersion();
            r.version = version.ok() ? version.value() : -1;
            if (r.version >= 0 && r.version == known)
                return r;
            auto event = store.program();
            r.modes = modesOf(event.ok() ? event.value() : Event {});
            return r;
        },
        this,
        [this](Read r) {
            if (!r.modes)
                return;
            m_modesVersion = r.version;
            if (*r.modes == m_modes)
                return;
            m_modes = *r.modes;
            Q_EMIT modesChanged();
        });
}

QVariantList KioskPairing::templates() const
{
    QVariantList list { QVariantMap {
        { QStringLiteral("name"), QString() }, { QStringLiteral("title"), tr("As the kiosk has it") } } };
    for (const QString &name : builtInBadgeTemplates())
        if (auto t = loadBadgeTemplate(name); t.ok())
            list.append(QVariantMap { { QStringLiteral("name"), name },
                { QStringLiteral("title"), shownTemplateTitle(t.value()) } });
    return list;
}

void KioskPairing::setHubUrl(const QString &url)
{
    if (url == m_hubUrl)
        return;
    m_hubUrl = url;
    Q_EMIT hubUrlChanged();
}

void KioskPairing::offer(
    const QString &mode, bool admin, const QString &printerQueue, const QString &badgeTemplate)
{
    if (!m_store || m_busy)
        return;
    const auto kioskMode = KioskMode::fromText(mode);
    if (!kioskMode) {
        m_error = QCoreApplication::translate("KioskPairing", "The mode is entrance or session:KEY.");
        Q_EMIT changed();
        return;
    }
    PairingRequest request;
    request.hubUrl = m_hubUrl.trimmed();
    request.mode = *kioskMode;
    request.admin = admin;
    request.printerQueue = printerQueue.trimmed();
    request.badgeTemplate = badgeTemplate;
    m_busy = true;
    m_code.clear();
    m_error.clear();
    Q_EMIT changed();
    m_store->run<Result<PairingOffer>>([request](Store &store) { return offerPairing(store, request); }, this,
        [this](Result<PairingOffer> offer) {
            m_busy = false;
            if (offer.ok())
                m_code = offer->text;
            else
                m_error = offer.error().message;
            Q_EMIT changed();
        });
}

void KioskPairing::clear()
{
    m_code.clear();
    m_error.clear();
    Q_EMIT changed();
}

} // namespace oppmote
