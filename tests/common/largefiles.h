#pragma once

// Large partner files and CSV files for the tests and benchmarks, written straight as
// bytes (no validation on the way, so that a sanitizer build generates them quickly).

#include <QByteArray>
#include <QFile>
#include <QString>

namespace LargeFiles {

// The description of partner `index`: `length` characters (UTF-16 units) of text with
// accents, quotes, a tab and line breaks, so that every escape of JSON and CSV is used.
inline QString description(int index, qsizetype length)
{
    if (length <= 0)
        return {};
    const QString head
        = QStringLiteral("Partner %1 — \"Société générale\"\tsite %2\n").arg(index).arg(index % 13);
    static const QString filler = QStringLiteral(
        "Fédération XMPP via la passerelle Lync ; contact : équipe réseau, poste 4021.\n");
    QString text;
    text.reserve(length + filler.size());
    text += head;
    while (text.size() < length)
        text += filler;
    text.truncate(length);
    return text;
}

inline QString domain(int index)
{
    return QStringLiteral("partner%1.example%2.com").arg(index).arg(index % 97);
}

// JSON string literal of `text` (quotes included).
inline QByteArray jsonString(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + utf8.size() / 16 + 2);
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                out += "\\u00"
                    + QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    out += '"';
    return out;
}

// One entry of the partner file, as PartnerStore writes it (settings vary with `index`,
// every combination valid).
inline QByteArray jsonEntry(int index, const QString &text)
{
    const QString name = domain(index);
    static const char *const types[] = {"Federated", "PublicVerified", "PublicUnverified"};
    QByteArray entry = "        {\n            \"additionalDomains\": [\n                ";
    entry += jsonString(u"corp." + name) + ",\n                " + jsonString(u"it." + name);
    entry += "\n            ],\n            \"description\": " + jsonString(text);
    entry += ",\n            \"domain\": " + jsonString(name);
    entry += ",\n            \"enableKeepAlive\": true,\n            \"partnerType\": \"";
    entry += types[index % 3];
    entry += "\",\n            \"proxyFqdn\": \"\",\n            \"saslNegotiation\": \"";
    entry += index % 5 == 0 ? "NotSupported" : "Optional";
    entry += "\",\n            \"supportDialbackNegotiation\": true,\n"
             "            \"tlsNegotiation\": \"";
    entry += index % 2 ? "Optional" : "Required";
    entry += "\"\n        }";
    return entry;
}

// A partner file of `count` partners whose descriptions are `descriptionLength`
// characters long; the partner at `longIndex` (if any) gets `longLength` characters.
inline QByteArray partnerFile(int count, qsizetype descriptionLength, int longIndex = -1,
                              qsizetype longLength = 0)
{
    QByteArray data = "{\n    \"format\": \"xmpp-partners\",\n    \"partners\": [\n";
    for (int i = 0; i < count; ++i) {
        const qsizetype length = i == longIndex ? longLength : descriptionLength;
        data += jsonEntry(i, description(i, length));
        data += i + 1 < count ? ",\n" : "\n";
    }
    data += "    ],\n    \"version\": 1\n}\n";
    return data;
}

// A file of at least `bytes` bytes: `*count` partners with 1000-character descriptions.
inline QByteArray partnerFileOfSize(qint64 bytes, int *count)
{
    const qsizetype perEntry = jsonEntry(0, description(0, 1000)).size() + 2;
    *count = int(bytes / perEntry) + 1;
    return partnerFile(*count, 1000);
}

// What Get-CsXmppAllowedPartner | Export-Csv writes for `rows` partners.
inline QByteArray csvFile(int rows, qsizetype descriptionLength = 40)
{
    QByteArray data
        = "#TYPE Microsoft.Rtc.Management.WritableConfig.Policy.Xmpp.XmppAllowedPartner\r\n"
          "\"Identity\",\"AdditionalDomains\",\"ConnectionLimit\",\"Description\","
          "\"Domain\",\"EnableKeepAlive\",\"PartnerType\",\"ProxyFqdn\","
          "\"SaslNegotiation\",\"SupportDialbackNegotiation\",\"TlsNegotiation\"\r\n";
    static const char *const types[] = {"Federated", "PublicVerified", "PublicUnverified"};
    for (int i = 0; i < rows; ++i) {
        const QByteArray name = domain(i).toUtf8();
        QByteArray text = description(i, descriptionLength).toUtf8();
        text.replace('"', "\"\"");
        data += '"' + name + "\",\"corp." + name + " it." + name + "\",\"\",\"" + text + "\",\""
            + name + "\",\"True\",\"" + types[i % 3] + "\",\"\",\""
            + (i % 5 == 0 ? "NotSupported" : "Optional") + "\",\"True\",\""
            + (i % 2 ? "Optional" : "Required") + "\"\r\n";
    }
    return data;
}

inline bool write(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace LargeFiles
