#pragma once

#include <QString>
#include <QStringList>

// Which language the interface speaks: the command line's --lang first, then the
// administrator's choice from the Language menu (remembered in QSettings), then the
// system locale (French for any fr_* locale, English otherwise).
class LanguagePreference final
{
public:
    // "en" and "fr".
    static QStringList available();
    static bool isAvailable(const QString &language);
    static QString system();
    // The remembered choice, or an empty string.
    static QString saved();
    static void save(const QString &language);
    // `commandLine` is the value of --lang: empty when not given, passed over when it is
    // not an available language.
    static QString resolve(const QString &commandLine);
};
