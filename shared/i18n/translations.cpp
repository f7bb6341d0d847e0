#include "i18n/translations.h"

#include "i18n/source_text_translator.h"

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
    // Two translators: the compiled .qm (exact contexts, plurals; what QML's
    // qsTr() finds) and, behind it, the .ts read by source text for core
    // code whose context lupdate files differently (source_text_translator.h).
    static QTranslator *compiled = nullptr;
    static QTranslator *bySource = nullptr;
    for (QTranslator **t : { &compiled, &bySource }) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const QString code = languageCode(language);
    // English is the source language: its .qm holds only the plural forms
    // ("1 badge", "2 badges"), so it needs no fallback by source text.
    const bool source = language == Language::English;
    if (!source) {
        auto *fallback = new SourceTextTranslator(&app);
        if (fallback->loadTs(QStringLiteral(":/i18n/ts/oppmote_%1.ts").arg(code))) {
            QCoreApplication::installTranslator(fallback);
            bySource = fallback;
        } else {
            delete fallback;
        }
    }
    auto *translator = new QTranslator(&app);
    if (!translator->load(QStringLiteral(":/i18n/oppmote_%1.qm").arg(code))) {
        delete translator;
        return source || bySource != nullptr;
    }
    QCoreApplication::installTranslator(translator); // asked first
    compiled = translator;
    return true;
}

} // namespace oppmote
