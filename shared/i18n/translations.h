#pragma once
// The UI languages: Norsk bokmål (default), nynorsk and English. Source
// strings are English; the .qm files are embedded by assets/ under :/i18n/.

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace oppmote {

enum class Language { Bokmal, Nynorsk, English };

QString languageCode(Language language); // "nb", "nn", "en"
Language languageFromCode(const QString &code); // unknown → Bokmål
// $OPPMOTE_LANG, else the system locale when it is nb/nn/no/en, else Bokmål.
Language languageFromEnvironment();

// Dates and numbers in the language: nb_NO, nn_NO, en_GB.
QLocale localeFor(Language language);

// Replaces the installed translation (switching language at run time).
bool installTranslations(QCoreApplication &app, Language language);

} // namespace oppmote
