#pragma once
// A translator that finds a message by its source text when the context does
// not match. Core code translates through small helpers (e.g. tr() in a
// namespace calling QCoreApplication::translate("cli", …)), and lupdate
// files such messages under the enclosing namespace or class instead; rather
// than chase lupdate's guess in every file, the .ts is read as well and
// looked up by (context, source) first, then by source alone.

#include <QHash>
#include <QTranslator>

namespace oppmote {

class SourceTextTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    bool loadTs(const QString &path); // a Qt Linguist .ts file (finished and unfinished-but-filled messages)
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
        int n = -1) const override;
    bool isEmpty() const override { return m_bySource.isEmpty(); }
    int size() const { return int(m_bySource.size()); }

private:
    QHash<QString, QString> m_byContext; // "context\x1fsource" → translation
    QHash<QString, QString> m_bySource;
};

} // namespace oppmote
