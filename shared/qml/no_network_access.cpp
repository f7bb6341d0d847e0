#include "no_network_access.h"

#include <QLoggingCategory>
#include <QNetworkRequest>

namespace oppmote::ui {

namespace {
Q_LOGGING_CATEGORY(lcQmlNetwork, "oppmote.ui.network")
}

std::atomic<int> RefusingNetworkAccessManager::s_refused { 0 };

QNetworkReply *RefusingNetworkAccessManager::createRequest(
    Operation op, const QNetworkRequest &request, QIODevice *data)
{
    ++s_refused;
    qCWarning(lcQmlNetwork) << "refused a request from QML for" << request.url().toDisplayString();
    // A scheme no backend knows: Qt answers with ProtocolUnknownError and never opens a socket.
    return QNetworkAccessManager::createRequest(op, QNetworkRequest(QUrl(QStringLiteral("refused:"))), data);
}

QNetworkAccessManager *NoNetworkAccessFactory::create(QObject *parent)
{
    return new RefusingNetworkAccessManager(parent);
}

} // namespace oppmote::ui
