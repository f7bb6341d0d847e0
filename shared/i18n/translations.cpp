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

QLocale localeFor(Language language)
{
    switch (language) {
    case Language::Bokmal:
        return QLocale(QLocale::NorwegianBokmal, QLocale::Norway);
    case Language::Nynorsk:
        return QLocale(QLocale::NorwegianNynorsk, QLocale::Norway);
    case Language::English:
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    }
    return QLocale(QLocale::NorwegianBokmal, QLocale::Norway);
}

bool installTranslations(QCoreApplication &app, Language language)
{
    // The compiled .qm of the language: every message under the context
    // lupdate gave it, which is the context the code translates with.
    static QTranslator *installed = nullptr;
    if (installed) {
        QCoreApplication::removeTranslator(installed);
        delete installed;
        installed = nullptr;
    }
    auto *translator = new QTranslator(&app);
    if (!translator->load(QStringLiteral(":/i18n/oppmote_%1.qm").arg(languageCode(language)))) {
        delete translator;
        // English is the source language: it reads fine without its .qm (plural forms aside).
        return language == Language::English;
    }
    QCoreApplication::installTranslator(translator);
    installed = translator;
    return true;
}

} // namespace oppmote
