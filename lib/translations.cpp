#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

struct Installed
{
    QTranslator application;
    QTranslator qt;
    QString language;
};

Installed &installed()
{
    static Installed instance;
    return instance;
}

} // namespace

bool Translations::load(const QString &language)
{
    Installed &current = installed();
    QTranslator application;
    if (!application.load(QStringLiteral(":/i18n/xmpp-partners_%1.qm").arg(language)))
        return false;
    QCoreApplication::removeTranslator(&current.application);
    QCoreApplication::removeTranslator(&current.qt);
    if (!current.application.load(QStringLiteral(":/i18n/xmpp-partners_%1.qm").arg(language)))
        return false;
    // Qt's own catalogue is optional: English needs none.
    const bool qtLoaded = current.qt.load(QStringLiteral("qtbase_%1").arg(language),
                                          QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (qtLoaded)
        QCoreApplication::installTranslator(&current.qt);
    QCoreApplication::installTranslator(&current.application);
    current.language = language;
    // Dates, numbers and sorting follow the language: the system's own locale when it
    // speaks that language (fr_CA stays fr_CA), else the language's main locale.
    const QLocale system = QLocale::system();
    QLocale::setDefault(QLocale::languageToCode(system.language()) == language ? system
                                                                               : QLocale(language));
    return true;
}

QString Translations::currentLanguage()
{
    return installed().language;
}
