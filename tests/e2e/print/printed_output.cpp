#include "printed_output.h"

#include "scan/qr_decoder.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>

namespace oppmote::test {

namespace {
QByteArray runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(30000);
    return p.readAllStandardOutput();
}
} // namespace

QList<QSizeF> pdfPageSizesMm(const QString &pdf)
{
    const QString out = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"),
        { QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("9999"), pdf }));
    static const QRegularExpression re(QStringLiteral("Page +\\d+ size: +([\\d.]+) x ([\\d.]+) pts"));
    QList<QSizeF> sizes;
    auto it = re.globalMatch(out);
    while (it.hasNext()) {
        const auto m = it.next();
        sizes << QSizeF(m.captured(1).toDouble() * 25.4 / 72, m.captured(2).toDouble() * 25.4 / 72);
    }
    return sizes;
}

QString pdfText(const QString &pdf)
{
    return QString::fromUtf8(
        runTool(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") }));
}

QStringList pdfQrCodes(const QString &pdf, int page, int dpi, const QString &workDir)
{
    const QString prefix = QDir(workDir).filePath(QStringLiteral("page"));
    runTool(QStringLiteral("pdftoppm"),
        { QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-gray"), QStringLiteral("-png"),
            QStringLiteral("-singlefile"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
            QString::number(page), pdf, prefix });
    QStringList codes;
    for (const QrFinding &f : decodeImageFile(prefix + QStringLiteral(".png")))
        codes << f.text;
    return codes;
}

ZplLabel zplLabel(const QByteArray &zpl)
{
    ZplLabel label;
    static const QRegularExpression graphic(QStringLiteral("~DG[^,]*,(\\d+),(\\d+),"));
    static const QRegularExpression width(QStringLiteral("\\^PW(\\d+)"));
    const QString text = QString::fromLatin1(zpl.left(1 << 20)) + QString::fromLatin1(zpl.right(4096));
    if (auto m = graphic.match(text); m.hasMatch()) {
        label.bytesPerRow = m.captured(2).toInt();
        label.rows = label.bytesPerRow > 0 ? m.captured(1).toInt() / label.bytesPerRow : 0;
    }
    if (auto m = width.match(text); m.hasMatch())
        label.printWidthDots = m.captured(1).toInt();
    return label;
}

} // namespace oppmote::test
