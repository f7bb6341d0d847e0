#include "domain/printer_problem.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace oppmote {

namespace {

struct PrinterText {
    Q_DECLARE_TR_FUNCTIONS(PrinterProblem)
};

constexpr std::array<std::pair<PrinterProblem, const char *>, 10> kKeys { {
    { PrinterProblem::None, "" },
    { PrinterProblem::OutOfLabels, "out-of-labels" },
    { PrinterProblem::Jammed, "jammed" },
    { PrinterProblem::CoverOpen, "cover-open" },
    { PrinterProblem::OutOfInk, "out-of-ink" },
    { PrinterProblem::Paused, "paused" },
    { PrinterProblem::Off, "off" },
    { PrinterProblem::NotAccepting, "not-accepting" },
    { PrinterProblem::NotSetUp, "not-set-up" },
    { PrinterProblem::NoService, "no-cups" },
} };

} // namespace

QString printerProblemKey(PrinterProblem problem)
{
    for (const auto &[kind, key] : kKeys)
        if (kind == problem)
            return QString::fromLatin1(key);
    return QStringLiteral("off");
}

bool isKnownPrinterProblemKey(const QString &key)
{
    for (const auto &entry : kKeys)
        if (key == QLatin1String(entry.second))
            return true;
    return false;
}

PrinterProblem printerProblemFromKey(const QString &key)
{
    for (const auto &[kind, text] : kKeys)
        if (key == QLatin1String(text))
            return kind;
    return PrinterProblem::Off;
}

QString printerProblemText(PrinterProblem problem)
{
    switch (problem) {
    case PrinterProblem::None:
        return {};
    case PrinterProblem::OutOfLabels:
        return PrinterText::tr("out of labels");
    case PrinterProblem::Jammed:
        return PrinterText::tr("labels stuck");
    case PrinterProblem::CoverOpen:
        return PrinterText::tr("cover open");
    case PrinterProblem::OutOfInk:
        return PrinterText::tr("out of ink or ribbon");
    case PrinterProblem::Paused:
        return PrinterText::tr("paused");
    case PrinterProblem::Off:
        return PrinterText::tr("off or not connected");
    case PrinterProblem::NotAccepting:
        return PrinterText::tr("not taking jobs");
    case PrinterProblem::NotSetUp:
        return PrinterText::tr("not set up");
    case PrinterProblem::NoService:
        return PrinterText::tr("the print service is not running");
    }
    return {};
}

} // namespace oppmote
