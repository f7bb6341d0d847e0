#include "kiosk/walkin_controller.h"

#include "store/async_store.h"

#include <QRegularExpression>
#include <QUuid>

namespace oppmote {

WalkInController::WalkInController(KioskContext *context, QObject *parent)
    : QObject(parent), m_context(context)
{ }

void WalkInController::fail(const QString &error)
{
    m_error = error;
    m_busy = false;
    Q_EMIT stateChanged();
}

void WalkInController::submit()
{
    if (m_busy)
        return;
    Attendee a;
    a.firstName = m_firstName.simplified();
    a.lastName = m_lastName.simplified();
    a.organisation = m_organisation.simplified();
    a.email = m_email.trimmed();
    a.consent = m_consent;
    a.type = AttendeeType::WalkIn;
    if (a.firstName.isEmpty() || a.lastName.isEmpty())
        return fail(tr("Please write your first name and surname."));
    static const QRegularExpression kEmail(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!a.email.isEmpty() && !kEmail.match(a.email).hasMatch())
        return fail(tr("The e-mail address does not look right."));
    a.id = QStringLiteral("walkin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_error.clear();
    m_busy = true;
    Q_EMIT stateChanged();
    m_context->store->run<Status>(
        [a](Store &store) -> Status {
            auto r = store.upsertAttendees({ a });
            if (!r.ok())
                return r.error();
            return Ok {};
        },
        this,
        [this, id = a.id](Status s) {
            if (!s.ok())
                return fail(s.error().message);
            m_busy = false;
            Q_EMIT stateChanged();
            Q_EMIT submitted(id);
        });
}

void WalkInController::clear()
{
    m_firstName.clear();
    m_lastName.clear();
    m_organisation.clear();
    m_email.clear();
    m_consent = false;
    m_error.clear();
    m_busy = false;
    Q_EMIT formChanged();
    Q_EMIT stateChanged();
}

} // namespace oppmote
