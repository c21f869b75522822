#include "formats/powershellscriptwriter.h"

#include "formats/cmdletparameters.h"
#include "partners/serveraddress.h"
#include "util/byteordermark.h"
#include "version.h"

namespace {

using Field = CmdletParameters::Field;

QString boolean(bool value)
{
    return value ? QStringLiteral("$true") : QStringLiteral("$false");
}

// The value of one parameter as the script writes it; nothing for an optional parameter
// left unset, which the command then leaves out.
QString argument(const Partner &partner, Field field, const QString &verb)
{
    switch (field) {
    case Field::Identity:
        return PowerShellScriptWriter::quoted(partner.domain);
    case Field::Description:
        return partner.description.isEmpty() ? QString()
                                             : PowerShellScriptWriter::quoted(partner.description);
    case Field::AdditionalDomains: {
        if (partner.additionalDomains.isEmpty())
            return {};
        QStringList domains;
        for (const QString &domain : partner.additionalDomains)
            domains.append(PowerShellScriptWriter::quoted(domain));
        // A PSListModifier: New- adds to the empty list, Set- replaces the list.
        const QString key = verb == u"Set" ? u"Replace"_qs : u"Add"_qs;
        return u"@{"_qs + key + u'=' + domains.join(u',') + u'}';
    }
    case Field::PartnerType:
        return wireName(partner.partnerType);
    case Field::TlsNegotiation:
        return wireName(partner.tlsNegotiation);
    case Field::SaslNegotiation:
        return wireName(partner.saslNegotiation);
    case Field::SupportDialbackNegotiation:
        return boolean(partner.supportDialbackNegotiation);
    case Field::ProxyFqdn: {
        if (partner.proxyFqdn.isEmpty())
            return {};
        // The cmdlet takes a host name only; a port is this tool's extension (see
        // commandFor(), which says so in a comment).
        // Without a port the field is written as it is (a final dot included), so that
        // the script reads back as the same partner.
        const ServerAddress proxy = ServerAddress::parse(partner.proxyFqdn);
        return PowerShellScriptWriter::quoted(
            proxy.port() == 0 || proxy.host().isEmpty() ? partner.proxyFqdn : proxy.host());
    }
    case Field::EnableKeepAlive:
        return boolean(partner.enableKeepAlive);
    case Field::ConnectionLimit:
        return partner.connectionLimit ? QString::number(*partner.connectionLimit) : QString();
    }
    Q_UNREACHABLE();
    return {};
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
    QStringList parts;
    for (const CmdletParameters::Parameter &parameter : CmdletParameters::all()) {
        const QString value = argument(partner, parameter.field, verb);
        if (!value.isEmpty())
            parts.append(u'-' + parameter.powerShellName.toString() + u' ' + value);
    }
    return parts.join(u' ');
}

QString PowerShellScriptWriter::commandFor(const Partner &partner, Mode mode)
{
    QString note;
    if (const quint16 port = ServerAddress::parse(partner.proxyFqdn).port())
        note = u"# The proxy's port "_qs + QString::number(port)
            + u" has no place in -ProxyFqdn: the Edge server connects on its own port.\r\n"_qs;
    if (mode == Mode::New)
        return note + CmdletParameters::newCommand() + u' ' + parameters(partner, u"New"_qs);
    return note + u"if ("_qs + CmdletParameters::getCommand() + u" -"_qs
        + CmdletParameters::powerShellName(Field::Identity) + u' ' + quoted(partner.domain)
        + u" -ErrorAction SilentlyContinue) {\r\n    "_qs + CmdletParameters::setCommand() + u' '
        + parameters(partner, u"Set"_qs) + u"\r\n} else {\r\n    "_qs
        + CmdletParameters::newCommand() + u' ' + parameters(partner, u"New"_qs) + u"\r\n}"_qs;
}

namespace {

QString heading(const QString &what)
{
    return u"# "_qs + what + u", written by xmpp-partners "_qs + applicationVersion()
        + u".\r\n# Run in the Lync Server / Skype for Business Server Management Shell.\r\n"_qs;
}

} // namespace

QByteArray PowerShellScriptWriter::script(const QList<Partner> &partners, Mode mode)
{
    QString text = heading(u"XMPP federated partners"_qs);
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

QString PowerShellScriptWriter::setCommand(const Partner &partner,
                                           const QList<CmdletParameters::Field> &fields)
{
    QString command = CmdletParameters::setCommand() + u" -"_qs
        + CmdletParameters::powerShellName(Field::Identity) + u' ' + quoted(partner.domain);
    for (const CmdletParameters::Parameter &parameter : CmdletParameters::all()) {
        if (parameter.field == Field::Identity || !fields.contains(parameter.field))
            continue;
        const QString value = argument(partner, parameter.field, u"Set"_qs);
        if (!value.isEmpty())
            command += u" -"_qs + parameter.powerShellName.toString() + u' ' + value;
    }
    return command;
}

QByteArray PowerShellScriptWriter::changeScript(const QStringList &commands)
{
    QString text = heading(u"Negotiation settings suggested by connection tests"_qs);
    if (commands.isEmpty())
        text += u"# No partner needs a change of its settings: this script changes nothing.\r\n"_qs;
    else
        text += u"# Changes the settings of partners that exist, as their tests advised.\r\n\r\n"_qs
            + commands.join(u"\r\n"_qs) + u"\r\n"_qs;
    return ByteOrderMark::withUtf8(text.toUtf8());
}
