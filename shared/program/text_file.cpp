#include "program/text_file.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace oppmote {

QString decodeText(const QByteArray &bytes)
{
    if (auto bom = QStringConverter::encodingForData(bytes)) {
        QStringDecoder decoder(*bom);
        return decoder.decode(bytes);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    QStringDecoder cp1252("windows-1252");
    if (cp1252.isValid())
        return cp1252.decode(bytes);
    QStringDecoder latin1(QStringDecoder::Latin1);
    return latin1.decode(bytes);
}

Result<QString> readTextFile(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("TextFile", "Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > maxBytes)
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("TextFile", "%1 is too large (%2 MB); the limit is %3 MB.")
                .arg(path)
                .arg(file.size() / (1024 * 1024))
                .arg(maxBytes / (1024 * 1024)));
    const QByteArray bytes = file.readAll();
    if (bytes.contains('\0') && !QStringConverter::encodingForData(bytes))
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("TextFile", "%1 is not a text file.").arg(path));
    return decodeText(bytes);
}

} // namespace oppmote
