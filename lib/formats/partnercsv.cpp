#include "formats/partnercsv.h"

#include "formats/cmdletparameters.h"
#include "partners/domainname.h"
#include "util/byteordermark.h"
#include "util/textexcerpt.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>

#include <array>
#include <climits>
#include <cstring>

namespace {

using Field = CmdletParameters::Field;

// Where each field's column is in the file; -1 when the file has none.
struct ColumnIndex
{
    ColumnIndex() { fields.fill(-1); }

    std::array<qsizetype, CmdletParameters::FieldCount> fields;
    // A Domain column: the primary domain, read when Identity is missing or empty.
    qsizetype domain = -1;

    qsizetype of(Field field) const { return fields.at(std::size_t(field)); }
};

const QString DomainColumn = QStringLiteral("Domain");

struct CsvField
{
    QByteArray value;
    bool quoted = false;
    bool tooLong = false; // over PartnerCsv::MaxFieldSize: `value` is left empty
};

// Reads RFC 4180 records one at a time, straight from the bytes: the delimiters are
// ASCII, so UTF-8 text can be split before it is decoded field by field.
class CsvReader
{
public:
    explicit CsvReader(const QByteArray &data)
        : m_data(data.constData())
        , m_size(data.size())
    { }

    bool atEnd() const { return m_pos >= m_size; }
    // The line of the file (1-based) where the next record starts.
    int line() const { return m_line; }

    bool startsWith(const char *prefix) const
    {
        const qsizetype length = qsizetype(std::strlen(prefix));
        return m_size - m_pos >= length
            && QByteArrayView(m_data + m_pos, length).compare(prefix, Qt::CaseInsensitive) == 0;
    }

    void skipLine()
    {
        while (m_pos < m_size && m_data[m_pos] != '\n' && m_data[m_pos] != '\r')
            ++m_pos;
        endLine();
    }

    struct Record
    {
        QList<CsvField> fields; // the first `keep` fields only
        qsizetype fieldCount = 0; // all the fields of the record
        bool unclosedQuote = false;

        bool isBlank() const
        {
            return fieldCount == 1 && !fields.isEmpty() && fields.first().value.isEmpty()
                && !fields.first().quoted && !fields.first().tooLong;
        }
    };

    // Reads the next record, keeping its first `keep` fields (the others are skipped,
    // so a hostile row of millions of commas costs no memory).
    Record next(qsizetype keep)
    {
        Record record;
        for (;;) {
            CsvField field;
            const bool kept = record.fieldCount < keep;
            const auto append = [&](const char *chunk, qsizetype length) {
                if (!kept || field.tooLong || length == 0)
                    return;
                if (field.value.size() + length > PartnerCsv::MaxFieldSize) {
                    field.tooLong = true;
                    field.value = QByteArray();
                    return;
                }
                field.value.append(chunk, length);
            };
            if (m_pos < m_size && m_data[m_pos] == '"') {
                field.quoted = true;
                ++m_pos;
                for (;;) {
                    const auto *quote = static_cast<const char *>(
                        std::memchr(m_data + m_pos, '"', std::size_t(m_size - m_pos)));
                    const qsizetype end = quote ? quote - m_data : m_size;
                    append(m_data + m_pos, end - m_pos);
                    for (qsizetype i = m_pos; i < end; ++i)
                        m_line += m_data[i] == '\n' ? 1 : 0;
                    if (!quote) {
                        m_pos = m_size;
                        record.unclosedQuote = true;
                        return record;
                    }
                    m_pos = end + 1;
                    if (m_pos < m_size && m_data[m_pos] == '"') { // "" stands for "
                        append("\"", 1);
                        ++m_pos;
                        continue;
                    }
                    break;
                }
            }
            // An unquoted field, or what follows a closing quote (kept, as Excel does).
            qsizetype end = m_pos;
            while (end < m_size && m_data[end] != ',' && m_data[end] != '\n' && m_data[end] != '\r')
                ++end;
            append(m_data + m_pos, end - m_pos);
            m_pos = end;
            if (kept)
                record.fields.append(std::move(field));
            ++record.fieldCount;
            if (m_pos < m_size && m_data[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            endLine();
            return record;
        }
    }

private:
    void endLine()
    {
        if (m_pos >= m_size)
            return;
        if (m_data[m_pos] == '\r')
            ++m_pos;
        if (m_pos < m_size && m_data[m_pos] == '\n')
            ++m_pos;
        ++m_line;
    }

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    int m_line = 1;
};

// A value as a reason quotes it: a hostile megabyte is cut short.
QString shown(const QString &value)
{
    constexpr qsizetype MaxShown = 60;
    if (value.size() <= MaxShown)
        return value;
    return value.left(MaxShown) + u'…';
}

// One data row turned into a partner, recording a problem per column that cannot be read.
class RowReader
{
public:
    RowReader(int row, const QList<CsvField> &fields, const ColumnIndex &index)
        : m_row(row)
        , m_fields(fields)
        , m_index(index)
    { }

    Partner read()
    {
        Partner partner;
        const QString identityColumn = CmdletParameters::csvColumn(Field::Identity);
        std::optional<QString> domain = text(m_index.of(Field::Identity), identityColumn);
        if (!domain || domain->trimmed().isEmpty()) {
            if (const std::optional<QString> other = text(m_index.domain, DomainColumn))
                domain = other;
        }
        if (domain && domain->trimmed().isEmpty()) {
            problem(PartnerCsv::trLater("Row %1, column %2: the primary domain is empty.")
                        .arg(m_row)
                        .arg(m_index.of(Field::Identity) >= 0 ? identityColumn : DomainColumn));
        }
        if (domain)
            partner.domain = domain->trimmed();

        if (std::optional<QString> description = text(Field::Description)) {
            description->replace(u"\r\n"_qs, u"\n"_qs);
            partner.description = *description;
        }
        if (const std::optional<QString> domains = text(Field::AdditionalDomains)) {
            if (const std::optional<QStringList> list = PartnerCsv::parseDomainList(*domains)) {
                partner.additionalDomains = *list;
            } else {
                problem(PartnerCsv::trLater(
                            "Row %1, column %2: Export-Csv wrote the list's type name (%3) "
                            "instead of the domains. Export the column as text, for example "
                            "with @{n='AdditionalDomains';e={$_.AdditionalDomains -join ' '}}.")
                            .arg(m_row)
                            .arg(CmdletParameters::csvColumn(Field::AdditionalDomains))
                            .arg(shown(domains->trimmed())));
            }
        }
        if (const std::optional<QString> value = text(Field::PartnerType);
            value && !value->trimmed().isEmpty()) {
            if (const auto type = partnerTypeFromWireName(value->trimmed()))
                partner.partnerType = *type;
            else
                problem(PartnerCsv::trLater("Row %1, column %2: “%3” is not a partner type "
                                            "(Federated, PublicVerified or PublicUnverified).")
                            .arg(m_row)
                            .arg(CmdletParameters::csvColumn(Field::PartnerType))
                            .arg(shown(*value)));
        }
        readNegotiation(Field::TlsNegotiation, &partner.tlsNegotiation);
        readNegotiation(Field::SaslNegotiation, &partner.saslNegotiation);
        readBoolean(Field::SupportDialbackNegotiation, &partner.supportDialbackNegotiation);
        if (const std::optional<QString> proxy = text(Field::ProxyFqdn))
            partner.proxyFqdn = proxy->trimmed();
        readBoolean(Field::EnableKeepAlive, &partner.enableKeepAlive);
        if (const std::optional<QString> value = text(Field::ConnectionLimit);
            value && !value->trimmed().isEmpty()) {
            const QString number = value->trimmed();
            bool ok = number.size() <= 10;
            for (const QChar c : number)
                ok = ok && c >= u'0' && c <= u'9';
            const qint64 limit = ok ? number.toLongLong(&ok) : 0;
            if (ok && limit <= INT_MAX) {
                partner.connectionLimit = int(limit);
            } else {
                problem(PartnerCsv::trLater(
                            "Row %1, column %2: “%3” is not a whole number from %4 to %5.")
                            .arg(m_row)
                            .arg(CmdletParameters::csvColumn(Field::ConnectionLimit))
                            .arg(shown(*value))
                            .arg(Partner::MinConnectionLimit)
                            .arg(Partner::MaxConnectionLimit));
            }
        }
        return partner;
    }

    const QList<LocalizedText> &problems() const { return m_problems; }

private:
    void problem(const LocalizedText &text) { m_problems.append(text); }

    std::optional<QString> text(Field field)
    {
        return text(m_index.of(field), CmdletParameters::csvColumn(field));
    }

    // The text of the column at `index`; nothing when the file has no such column, or
    // when its value cannot be read (a problem naming `column` is then recorded).
    std::optional<QString> text(qsizetype index, const QString &column)
    {
        if (index < 0)
            return std::nullopt;
        if (index >= m_fields.size()) // a short row: the value is missing, as Import-Csv reads it
            return QString();
        const CsvField &field = m_fields.at(index);
        if (field.tooLong) {
            problem(PartnerCsv::trLater("Row %1, column %2: the value is longer than %3 MiB.")
                        .arg(m_row)
                        .arg(column)
                        .arg(PartnerCsv::MaxFieldSize / (1024 * 1024)));
            return std::nullopt;
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString value = decoder(field.value);
        if (decoder.hasError()) {
            problem(PartnerCsv::trLater("Row %1, column %2: the value is not UTF-8 text.")
                        .arg(m_row)
                        .arg(column));
            return std::nullopt;
        }
        return value;
    }

    void readNegotiation(Field field, Negotiation *negotiation)
    {
        const std::optional<QString> value = text(field);
        if (!value || value->trimmed().isEmpty())
            return;
        if (const auto parsed = negotiationFromWireName(value->trimmed()))
            *negotiation = *parsed;
        else
            problem(PartnerCsv::trLater("Row %1, column %2: “%3” is not a negotiation setting "
                                        "(Required, Optional or NotSupported).")
                        .arg(m_row)
                        .arg(CmdletParameters::csvColumn(field))
                        .arg(shown(*value)));
    }

    void readBoolean(Field field, bool *flag)
    {
        const std::optional<QString> value = text(field);
        if (!value || value->trimmed().isEmpty())
            return;
        const QString word = value->trimmed();
        if (word.compare(u"True", Qt::CaseInsensitive) == 0)
            *flag = true;
        else if (word.compare(u"False", Qt::CaseInsensitive) == 0)
            *flag = false;
        else
            problem(PartnerCsv::trLater("Row %1, column %2: “%3” is neither True nor False.")
                        .arg(m_row)
                        .arg(CmdletParameters::csvColumn(field))
                        .arg(shown(*value)));
    }

    int m_row;
    const QList<CsvField> &m_fields;
    const ColumnIndex &m_index;
    QList<LocalizedText> m_problems;
};

// UTF-16 text (Export-Csv -Encoding Unicode) as UTF-8; UTF-8 without its byte order mark.
// The encoding is told by the byte order mark, as the script reader tells it (Qt's
// QStringConverter::encodingForData); text without one is taken as UTF-8.
QByteArray asUtf8(const QByteArray &bytes)
{
    const auto encoding = QStringConverter::encodingForData(bytes);
    if (!encoding || *encoding == QStringConverter::Utf8)
        return ByteOrderMark::withoutUtf8(bytes);
    QStringDecoder decoder(*encoding, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes); // without its byte order mark
    return text.toUtf8();
}

} // namespace

std::optional<QStringList> PartnerCsv::parseDomainList(const QString &text)
{
    QString list = text.trimmed();
    if (list.isEmpty())
        return QStringList();
    // What Export-Csv writes for a value it cannot turn into text: the .NET type's name,
    // "System.Collections.Generic.List`1[System.String]" and the like.
    static const QRegularExpression typeName(
        QStringLiteral("^(?:[A-Za-z_][\\w.]*`\\d+\\[.*\\]|System\\.(?:Collections|Object)\\S*|"
                       "Microsoft\\.Rtc\\.\\S*)$"));
    if (typeName.match(list).hasMatch())
        return std::nullopt;
    if (list.startsWith(u'@'))
        list.remove(0, 1);
    if (list.startsWith(u'{') && list.endsWith(u'}'))
        list = list.mid(1, list.size() - 2).trimmed();
    // A PSListModifier's key: the domains to add to, or to replace, an empty list.
    static const QRegularExpression key(QStringLiteral("^(?:Add|Replace)\\s*=\\s*"),
                                        QRegularExpression::CaseInsensitiveOption);
    list.remove(key);
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList domains;
    for (QString domain : list.split(separators, Qt::SkipEmptyParts)) {
        while (!domain.isEmpty() && QStringView(u"'\"‘’“”").contains(domain.front()))
            domain.remove(0, 1);
        while (!domain.isEmpty() && QStringView(u"'\"‘’“”").contains(domain.back()))
            domain.chop(1);
        if (!domain.isEmpty())
            domains.append(domain);
    }
    return domains;
}

PartnerCsv::Result PartnerCsv::parse(const QByteArray &bytes)
{
    Result result;
    if (bytes.size() > MaxFileSize) {
        result.error = trLater("The file is larger than %1 MiB.").arg(MaxFileSize / (1024 * 1024));
        return result;
    }
    const QByteArray data = asUtf8(bytes);
    if (data.trimmed().isEmpty()) {
        result.error = trLater("The file is empty.");
        return result;
    }

    CsvReader reader(data);
    if (reader.startsWith("#TYPE"))
        reader.skipLine();

    // The header row: the first record that is not blank.
    CsvReader::Record header;
    int headerLine = 0;
    while (!reader.atEnd()) {
        headerLine = reader.line();
        header = reader.next(MaxColumns + 1);
        if (!header.isBlank())
            break;
        header = {};
    }
    if (header.unclosedQuote) {
        result.error = trLater("Line %1: a quoted field is not closed before the end of the file.")
                           .arg(headerLine);
        return result;
    }
    if (header.fieldCount == 0) {
        result.error = trLater("The file has no header row naming the columns.");
        return result;
    }
    if (header.fieldCount > MaxColumns) {
        result.error = trLater("The header row has more than %1 columns.").arg(MaxColumns);
        return result;
    }
    ColumnIndex index;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const CsvField &field = header.fields.at(i);
        if (field.tooLong) {
            result.error = trLater("The header row has a column name longer than %1 MiB.")
                               .arg(MaxFieldSize / (1024 * 1024));
            return result;
        }
        // Of two columns with the same name, the first is read.
        const QString name = QString::fromUtf8(field.value).trimmed();
        if (const auto column = CmdletParameters::fromCsvColumn(name)) {
            if (index.of(*column) < 0)
                index.fields.at(std::size_t(*column)) = i;
        } else if (index.domain < 0 && name.compare(DomainColumn, Qt::CaseInsensitive) == 0) {
            index.domain = i;
        }
    }
    if (index.of(Field::Identity) < 0 && index.domain < 0) {
        result.error = trLater("The file has no Identity column: it does not look like the "
                               "output of Get-CsXmppAllowedPartner | Export-Csv.");
        return result;
    }

    int row = 0;
    while (!reader.atEnd()) {
        const int line = reader.line();
        const CsvReader::Record record = reader.next(header.fields.size());
        if (record.unclosedQuote) {
            result.rows.clear();
            result.error
                = trLater("Line %1: a quoted field is not closed before the end of the file.")
                      .arg(line);
            return result;
        }
        if (record.isBlank())
            continue;
        if (++row > MaxRows) {
            result.rows.clear();
            result.error = trLater("The file has more than %1 rows.").arg(MaxRows);
            return result;
        }
        RowReader rowReader(row, record.fields, index);
        Partner partner = rowReader.read();
        Row parsed;
        parsed.line = row;
        parsed.domain = TextExcerpt::firstLine(partner.domain, DomainName::MaxLength);
        if (rowReader.problems().isEmpty())
            parsed.partner = std::move(partner);
        else
            parsed.problem = LocalizedText::lines(rowReader.problems());
        result.rows.append(std::move(parsed));
    }
    return result;
}
