#include "version.h"

#include <QXmppGlobal.h>
#include <QtGlobal>

QString applicationVersion()
{
    return QStringLiteral(XMPP_PARTNERS_VERSION);
}

QString versionBanner()
{
    return QStringLiteral("xmpp-partners %1 (Qt %2, QXmpp %3)")
        .arg(applicationVersion(), QString::fromLatin1(qVersion()), QXmppVersion());
}
