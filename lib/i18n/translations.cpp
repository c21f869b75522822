#include "i18n/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

struct Installed
{
    QTranslator application;
    QTranslator qt;
    QString language;
    bool installed = false;
};

Installed &installed()
{
    static Installed instance;
    return instance;
}

} // namespace

bool Translations::load(const QString &language)
{
    const QString catalogue = QStringLiteral(":/i18n/xmpp-partners_%1.qm").arg(language);
    if (!QFile::exists(catalogue))
        return false;
    Installed &current = installed();
    if (!current.application.load(catalogue))
        return false;
    // Qt's own catalogue is optional: English needs none, and a failed load leaves the
    // translator empty.
    const bool qtCatalogue = current.qt.load(QStringLiteral("qtbase_%1").arg(language),
                                             QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    Q_UNUSED(qtCatalogue)
    current.language = language;
    // Dates, numbers and sorting follow the language: the system's own locale when it
    // speaks that language (fr_CA stays fr_CA), else the language's main locale.
    const QLocale system = QLocale::system();
    QLocale::setDefault(QLocale::languageToCode(system.language()) == language ? system
                                                                               : QLocale(language));
    if (!current.installed) {
        // The first call installs them; later calls reload them in place.
        // Searched last installed first: the application's texts before Qt's.
        QCoreApplication::installTranslator(&current.qt);
        QCoreApplication::installTranslator(&current.application);
        current.installed = true;
    }
    // Loading into an installed translator announces the change itself: Qt posts a
    // LanguageChange to every window (in practice twice, once per catalogue).
    return true;
}

QString Translations::currentLanguage()
{
    return installed().language;
}
