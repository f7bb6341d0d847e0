#include "admin_navigation.h"

#include <QMetaEnum>

namespace oppmote::admin {

void AdminNavigation::show(Page page)
{
    if (page == m_page)
        return;
    m_page = page;
    Q_EMIT pageChanged();
}

QString AdminNavigation::pageName(Page page)
{
    const char *key = QMetaEnum::fromType<Page>().valueToKey(page);
    QString name = QString::fromLatin1(key);
    name[0] = name[0].toLower();
    return name;
}

} // namespace oppmote::admin
