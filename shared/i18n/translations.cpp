#include "i18n/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace oppmote {

QString languageCode(Language language)
{
    switch (language) {
    case Language::Bokmal:
        return QStringLiteral("nb");
    case Language::Nynorsk:
        return QStringLiteral("nn");
    case Language::English:
        return QStringLiteral("en");
    }
    return QStringLiteral("nb");
}

Language languageFromCode(const QString &code)
{
    const QString c = code.left(2).toLower();
    if (c == QLatin1String("nn"))
        return Language::Nynorsk;
    if (c == QLatin1String("en"))
        return Language::English;
    return Language::Bokmal;
}

Language languageFromEnvironment()
{
    const QString env = qEnvironmentVariable("OPPMOTE_LANG");
    if (!env.isEmpty())
        return languageFromCode(env);
    const QLocale system = QLocale::system();
    switch (system.language()) {
    case QLocale::NorwegianNynorsk:
        return Language::Nynorsk;
    case QLocale::English:
        // The "C" locale reports English; a venue machine without a locale gets Bokmål.
        return system.name() == QLatin1String("C") ? Language::Bokmal : Language::English;
    default:
        return Language::Bokmal;
    }
}

bool installTranslations(QCoreApplication &app, Language language)
{
    static QTranslator *current = nullptr;
    if (current) {
        QCoreApplication::removeTranslator(current);
        delete current;
        current = nullptr;
    }
    if (language == Language::English)
        return true; // the source language
    auto *translator = new QTranslator(&app);
    if (!translator->load(QStringLiteral(":/i18n/oppmote_%1.qm").arg(languageCode(language)))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    current = translator;
    return true;
}

} // namespace oppmote
