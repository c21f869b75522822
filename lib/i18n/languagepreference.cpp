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

QString LanguagePreference::fromArguments(const QStringList &arguments)
{
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--")
            break;
        if (argument == option)
            return arguments.value(i + 1);
        if (argument.startsWith(option + u'='))
            return argument.mid(option.size() + 1);
    }
    return {};
}
