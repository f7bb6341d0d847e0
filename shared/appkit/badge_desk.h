#pragma once
// The desk's Badges page: whose badges (everyone, one organisation, the
// walk-ins; those printed before left out unless reprinting), a preview of
// the first of them on the chosen template, the CUPS printers with their
// state, and the batch printed (one job, waited for) or saved as a PDF into
// the reports folder. Its rows are the print log, newest first. The rules are
// print::BadgeBatches', on the store's thread; `busy` while a batch prints.

#include "appkit/store_list_model.h"

#include <QImage>
#include <QStringList>
#include <QVariantList>

namespace oppmote {

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
    // "everyone", "organisation" or "walkIns"
    Q_PROPERTY(QString whose READ whose WRITE setWhose NOTIFY selectionChanged)
    Q_PROPERTY(QString organisation READ organisation WRITE setOrganisation NOTIFY selectionChanged)
    Q_PROPERTY(bool reprint READ reprint WRITE setReprint NOTIFY selectionChanged)
    // For the selection as it is now:
    Q_PROPERTY(QStringList organisations READ organisations NOTIFY summaryChanged)
    Q_PROPERTY(int badgeCount READ badgeCount NOTIFY summaryChanged)
    Q_PROPERTY(int skippedCount READ skippedCount NOTIFY summaryChanged) // printed before, left out
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
    QStringList organisations() const { return m_organisations; }
    int badgeCount() const { return m_badgeCount; }
    int skippedCount() const { return m_skippedCount; }
    int pageCount() const { return m_pageCount; }
    QImage preview() const { return m_preview; }
    QString previewName() const { return m_previewName; }
    QVariantList printers() const { return m_printers; }
    bool busy() const { return m_busy; }

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reads the CUPS queues and their state again (on the store's thread: CUPS calls block).
    Q_INVOKABLE void refreshPrinters();
    Q_INVOKABLE void print(const QString &queue);
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
    void setBusy(bool busy);

    QString m_folder;
    QString m_templateName;
    QString m_whose = QStringLiteral("everyone");
    QString m_organisation;
    bool m_reprint = false;
    QStringList m_organisations;
    int m_badgeCount = 0;
    int m_skippedCount = 0;
    int m_pageCount = 0;
    QImage m_preview;
    QString m_previewName;
    QVariantList m_printers;
    bool m_busy = false;
};

} // namespace oppmote
