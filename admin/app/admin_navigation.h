#pragma once
// Which page of the desk shows. Navigation is C++ (QML binds to `page` and
// calls show()), so tests and the screenshot tool drive it the same way.

#include <QObject>

namespace oppmote::admin {

class AdminNavigation : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Page page READ page NOTIFY pageChanged)
public:
    enum Page { Dashboard, People, WalkIns, Programme, GroupWork, Badges, Devices, Reports, Privacy };
    Q_ENUM(Page)

    using QObject::QObject;

    Page page() const { return m_page; }
    Q_INVOKABLE void show(oppmote::admin::AdminNavigation::Page page);
    static QList<Page> pages()
    {
        return { Dashboard, People, WalkIns, Programme, GroupWork, Badges, Devices, Reports, Privacy };
    }
    static QString pageName(Page page); // "dashboard" … (file names, objectNames)

Q_SIGNALS:
    void pageChanged();

private:
    Page m_page = Dashboard;
};

} // namespace oppmote::admin
