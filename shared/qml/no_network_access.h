#pragma once
// QML gets no network: every request a QML engine would make (an <img> in a
// text that slipped through as markup, an Image with an http source) is
// refused here, so a missed item cannot fetch anything. Set on every engine
// before it loads QML: engine.setNetworkAccessManagerFactory(&factory).

#include <QNetworkAccessManager>
#include <QQmlNetworkAccessManagerFactory>

#include <atomic>

namespace oppmote::ui {

class RefusingNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    // Requests refused by every manager of this process (for tests and the log).
    static int refusedCount() { return s_refused.load(); }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override;

private:
    static std::atomic<int> s_refused;
};

class NoNetworkAccessFactory : public QQmlNetworkAccessManagerFactory
{
public:
    QNetworkAccessManager *create(QObject *parent) override;
};

} // namespace oppmote::ui
