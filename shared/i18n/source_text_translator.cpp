#include "i18n/source_text_translator.h"

#include <QFile>
#include <QXmlStreamReader>

namespace oppmote {

bool SourceTextTranslator::loadTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&file);
    QString context, source, translation;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage)
                context = xml.readElementText();
            else if (name == QLatin1String("message")) {
                inMessage = true;
                source.clear();
                translation.clear();
            } else if (name == QLatin1String("source") && inMessage)
                source = xml.readElementText();
            else if (name == QLatin1String("translation") && inMessage) {
                const bool obsolete
                    = xml.attributes().value(QLatin1String("type")) == QLatin1String("obsolete")
                    || xml.attributes().value(QLatin1String("type")) == QLatin1String("vanished");
                translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (obsolete)
                    translation.clear();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            if (!source.isEmpty() && !translation.isEmpty()) {
                m_byContext.insert(context + QChar(0x1f) + source, translation);
                if (!m_bySource.contains(source))
                    m_bySource.insert(source, translation);
            }
        }
    }
    return !xml.hasError();
}

QString SourceTextTranslator::translate(const char *context, const char *sourceText, const char *, int) const
{
    const QString source = QString::fromUtf8(sourceText);
    const auto exact = m_byContext.constFind(QString::fromUtf8(context) + QChar(0x1f) + source);
    if (exact != m_byContext.constEnd())
        return *exact;
    return m_bySource.value(source);
}

} // namespace oppmote
