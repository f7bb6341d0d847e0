#pragma once
// The desk's Badges page: whose badges (everyone, one organisation, the
// walk-ins; those printed before left out unless reprinting), a preview of
// the first of them on the chosen template, the CUPS printers with their
// state, and the batch printed (one job, waited for) or saved as a PDF into
// the reports folder. Its rows are the print log, newest first. The rules are
// print::BadgeBatches', on the store's thread; `busy` while a batch prints.

#include "appkit/store_list_model.h"
#include "badge/badge_data.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QSet>
#include <QStringList>
#include <QUrl>
#include <QVariantList>

namespace oppmote {

// What the page has chosen, or one person: a read that ends after the choice changed is dropped.
struct BadgeSelection {
    QString templateName;
    QString whose;
    QString organisation;
    bool reprint = false;
    QString attendeeId = {}; // one person's badge, printed before or not
    bool operator==(const BadgeSelection &) const = default;
};

// What the page shows of the batch, with what it was read from: read again
// only when one of those changes (the selection, the roster, who has a badge,
// the day), not on every check-in: preparing 20,000 badges and drawing the
// preview for each check-in of a rush would hold the store's thread.
struct BadgeBatchSummary {
    struct Source {
        BadgeSelection selection;
        qint64 rosterVersion = -1;
        int registered = -1; // attendees stored, walk-ins too
        QHash<QString, QString> lastPrints; // who has a badge, and what it shows
        QDate day;
        bool operator==(const Source &) const = default;
    } source;
    QStringList organisations;
    int badges = 0;
    int skipped = 0;
    int outdated = 0; // badges that show no group or an old one
    bool hasLogo = false; // the organiser's logo is set
    int pages = 0;
    QImage preview; // the first badge's front
    QString previewName;
};

struct BadgePrintRow {
    QString id; // the attendee and the time: one row per badge printed
    QDateTime at;
    QString name;
    QString organisation;
    QString device;
    QString key() const { return id; }
    bool operator==(const BadgePrintRow &) const = default;
};

class BadgeDesk : public StoreRowsModel<BadgePrintRow>
{
    Q_OBJECT
    Q_PROPERTY(QVariantList templates READ templates CONSTANT) // [{name, title}], built in
    Q_PROPERTY(QString templateName READ templateName WRITE setTemplateName NOTIFY selectionChanged)
    // "everyone", "organisation", "walkIns" or "outdated" (see outdatedCount)
    Q_PROPERTY(QString whose READ whose WRITE setWhose NOTIFY selectionChanged)
    Q_PROPERTY(QString organisation READ organisation WRITE setOrganisation NOTIFY selectionChanged)
    Q_PROPERTY(bool reprint READ reprint WRITE setReprint NOTIFY selectionChanged)
    // For the selection as it is now:
    Q_PROPERTY(QStringList organisations READ organisations NOTIFY summaryChanged)
    Q_PROPERTY(int badgeCount READ badgeCount NOTIFY summaryChanged)
    Q_PROPERTY(int skippedCount READ skippedCount NOTIFY summaryChanged) // printed before, left out
    // Badges that show no group or an old one (printed before an allocation or a move).
    Q_PROPERTY(int outdatedCount READ outdatedCount NOTIFY summaryChanged)
    Q_PROPERTY(bool hasLogo READ hasLogo NOTIFY summaryChanged) // the organiser's logo, on every badge
    Q_PROPERTY(int pageCount READ pageCount NOTIFY summaryChanged)
    Q_PROPERTY(QImage preview READ preview NOTIFY summaryChanged) // the first badge's front
    Q_PROPERTY(QString previewName READ previewName NOTIFY summaryChanged)
    // The CUPS queues: [{name, problem}], problem "" when it can print now.
    Q_PROPERTY(QVariantList printers READ printers NOTIFY printersChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
public:
    enum Role { AtRole = Qt::UserRole + 1, NameRole, OrganisationRole, DeviceRole };
    Q_ENUM(Role)

    // `folder`: where saved PDFs go (the desk's reports folder).
    BadgeDesk(AsyncStore *store, QString folder, QObject *parent = nullptr);

    QVariantList templates() const;
    QString templateName() const { return m_templateName; }
    void setTemplateName(const QString &name);
    QString whose() const { return m_whose; }
    void setWhose(const QString &whose);
    QString organisation() const { return m_organisation; }
    void setOrganisation(const QString &organisation);
    bool reprint() const { return m_reprint; }
    void setReprint(bool reprint);
    QStringList organisations() const { return m_summary.organisations; }
    int badgeCount() const { return m_summary.badges; }
    int skippedCount() const { return m_summary.skipped; }
    int outdatedCount() const { return m_summary.outdated; }
    bool hasLogo() const { return m_summary.hasLogo; }
    int pageCount() const { return m_summary.pages; }
    QImage preview() const { return m_summary.preview; }
    QString previewName() const { return m_summary.previewName; }
    QVariantList printers() const { return m_printers; }
    bool busy() const { return m_busy; }

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reads the CUPS queues and their state again (on the store's thread: CUPS calls block).
    Q_INVOKABLE void refreshPrinters();
    Q_INVOKABLE void print(const QString &queue);
    // One person's badge on the chosen template, printed before or not (a lost badge).
    Q_INVOKABLE void printFor(const QString &attendeeId, const QString &queue);
    // After publishing: every outdated badge again, with its groups, in one job (one action at the desk).
    Q_INVOKABLE void reprintOutdated(const QString &queue);
    // The organiser's logo (PNG, JPEG or SVG) for every badge, kiosks too; a bad file changes nothing.
    Q_INVOKABLE void setLogo(const QUrl &file);
    Q_INVOKABLE void removeLogo();
    Q_INVOKABLE void savePdf();

Q_SIGNALS:
    void selectionChanged();
    void summaryChanged();
    void printersChanged();
    void busyChanged();

protected:
    void startRead() override;

private:
    void changeSelection();
    void printSelection(const BadgeSelection &selection, const QString &queue);
    void setBusy(bool busy);

    QString m_folder;
    QString m_templateName;
    QString m_whose = QStringLiteral("everyone");
    QString m_organisation;
    bool m_reprint = false;
    BadgeBatchSummary m_summary;
    QVariantList m_printers;
    bool m_busy = false;
};

} // namespace oppmote
