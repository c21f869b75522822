#pragma once

#include <QString>

class QTranslator;

// The application's translators: its own catalogue and Qt's (standard buttons and
// dialogs), each one QTranslator installed once and reloaded in place when the
// language changes; the reload makes Qt send every widget LanguageChange.
class Translations final
{
public:
    // Loads `language` ("en", "fr") and installs it, and makes the matching locale the
    // default one (dates, numbers, collation); returns false, keeping the previous
    // language, when the application has no catalogue for it.
    static bool load(const QString &language);
    static QString currentLanguage();
};
