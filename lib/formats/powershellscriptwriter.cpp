#include "formats/powershellscriptwriter.h"

#include "partners/serveraddress.h"
#include "util/byteordermark.h"
#include "version.h"

namespace {

QString boolean(bool value)
{
    return value ? QStringLiteral("$true") : QStringLiteral("$false");
}

} // namespace

QString PowerShellScriptWriter::quoted(const QString &text)
{
    QString result;
    result.reserve(text.size() + 2);
    result.append(u'\'');
    for (const QChar c : text) {
        result.append(c);
        // ' and its typographic forms ‘ ’ ‚ ‛ all end a single-quoted string in
        // PowerShell; each is written twice to stand for itself.
        if (c == u'\'' || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201A)
            || c == QChar(0x201B))
            result.append(c);
    }
    result.append(u'\'');
    return result;
}

QString PowerShellScriptWriter::parameters(const Partner &partner, const QString &verb)
{
    QStringList parts {u"-Identity "_qs + quoted(partner.domain)};
    if (!partner.description.isEmpty())
        parts.append(u"-Description "_qs + quoted(partner.description));
    if (!partner.additionalDomains.isEmpty()) {
        QStringList domains;
        for (const QString &domain : partner.additionalDomains)
            domains.append(quoted(domain));
        // A PSListModifier: New- adds to the empty list, Set- replaces the list.
        const QString key = verb == u"Set" ? u"Replace"_qs : u"Add"_qs;
        parts.append(u"-AdditionalDomains @{"_qs + key + u'=' + domains.join(u',') + u'}');
    }
    parts.append(u"-PartnerType "_qs + wireName(partner.partnerType));
    parts.append(u"-TlsNegotiation "_qs + wireName(partner.tlsNegotiation));
    parts.append(u"-SaslNegotiation "_qs + wireName(partner.saslNegotiation));
    parts.append(u"-SupportDialbackNegotiation "_qs + boolean(partner.supportDialbackNegotiation));
    if (!partner.proxyFqdn.isEmpty()) {
        // The cmdlet takes a host name only; a port is this tool's extension (see
        // commandFor(), which says so in a comment).
        const ServerAddress proxy = ServerAddress::parse(partner.proxyFqdn);
        parts.append(u"-ProxyFqdn "_qs
                     + quoted(proxy.host().isEmpty() ? partner.proxyFqdn : proxy.host()));
    }
    parts.append(u"-EnableKeepAlive "_qs + boolean(partner.enableKeepAlive));
    if (partner.connectionLimit)
        parts.append(u"-ConnectionLimit "_qs + QString::number(*partner.connectionLimit));
    return parts.join(u' ');
}

QString PowerShellScriptWriter::commandFor(const Partner &partner, Mode mode)
{
    QString note;
    if (const quint16 port = ServerAddress::parse(partner.proxyFqdn).port())
        note = u"# The proxy's port "_qs + QString::number(port)
            + u" has no place in -ProxyFqdn: the Edge server connects on its own port.\r\n"_qs;
    if (mode == Mode::New)
        return note + u"New-CsXmppAllowedPartner "_qs + parameters(partner, u"New"_qs);
    return note + u"if (Get-CsXmppAllowedPartner -Identity "_qs + quoted(partner.domain)
        + u" -ErrorAction SilentlyContinue) {\r\n    Set-CsXmppAllowedPartner "_qs
        + parameters(partner, u"Set"_qs) + u"\r\n} else {\r\n    New-CsXmppAllowedPartner "_qs
        + parameters(partner, u"New"_qs) + u"\r\n}"_qs;
}

QByteArray PowerShellScriptWriter::script(const QList<Partner> &partners, Mode mode)
{
    QString text = u"# XMPP federated partners, written by xmpp-partners "_qs + applicationVersion()
        + u".\r\n# Run in the Lync Server / Skype for Business Server Management Shell.\r\n"_qs;
    if (mode == Mode::New)
        text
            += u"# Creates the partners; a partner that already exists makes its command fail.\r\n"_qs;
    else
        text += u"# Updates the partners that exist and creates the others.\r\n"_qs;
    for (const Partner &partner : partners)
        text += u"\r\n"_qs + commandFor(partner, mode) + u"\r\n"_qs;
    // Windows PowerShell 5.1 reads a script without a byte order mark as ANSI.
    return ByteOrderMark::withUtf8(text.toUtf8());
}
