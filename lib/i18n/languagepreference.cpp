#include "i18n/languagepreference.h"

#include <QLocale>
#include <QSettings>

namespace {

const QString LanguageKey = QStringLiteral("language");

} // namespace

QStringList LanguagePreference::available()
{
    return {QStringLiteral("en"), QStringLiteral("fr")};
}

bool LanguagePreference::isAvailable(const QString &language)
{
    return available().contains(language);
}

QString LanguagePreference::system()
{
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr")
                                                           : QStringLiteral("en");
}

QString LanguagePreference::saved()
{
    const QString language = QSettings().value(LanguageKey).toString();
    return isAvailable(language) ? language : QString();
}

void LanguagePreference::save(const QString &language)
{
    QSettings().setValue(LanguageKey, language);
}

QString LanguagePreference::resolve(const QString &commandLine)
{
    if (isAvailable(commandLine))
        return commandLine;
    const QString remembered = saved();
    return remembered.isEmpty() ? system() : remembered;
}
