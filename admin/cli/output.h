#pragma once
// Printing for commands: JSON for scripts (--json), aligned tables for people.

#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>

namespace oppmote::cli {

void printJson(QTextStream &out, const QJsonDocument &doc);
void printTable(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows);

} // namespace oppmote::cli
