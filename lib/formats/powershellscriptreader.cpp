#include "formats/powershellscriptreader.h"

#include "formats/powershelltokenizer.h"
#include "partners/domainname.h"
#include "util/textexcerpt.h"

#include <QSet>
#include <QStringConverter>

#include <array>

namespace {

using Token = PowerShellTokenizer::Token;
using Type = PowerShellTokenizer::Type;

constexpr int MaxRows = 100000;

const QString NewCommand = QStringLiteral("New-CsXmppAllowedPartner");
const QString SetCommand = QStringLiteral("Set-CsXmppAllowedPartner");

enum class Param {
    Identity,
    Description,
    AdditionalDomains,
    PartnerType,
    TlsNegotiation,
    SaslNegotiation,
    SupportDialbackNegotiation,
    ProxyFqdn,
    EnableKeepAlive,
    ConnectionLimit,
    // Parameters that change nothing in the partner.
    IgnoredSwitch,
    IgnoredWithValue,
};

struct ParamName
{
    QStringView name;
    Param param;
};

// The cmdlets' parameters, then the common parameters and their aliases.
constexpr std::array<ParamName, 27> ParamNames = {{
    {u"Identity", Param::Identity},
    {u"Description", Param::Description},
    {u"AdditionalDomains", Param::AdditionalDomains},
    {u"PartnerType", Param::PartnerType},
    {u"TlsNegotiation", Param::TlsNegotiation},
    {u"SaslNegotiation", Param::SaslNegotiation},
    {u"SupportDialbackNegotiation", Param::SupportDialbackNegotiation},
    {u"ProxyFqdn", Param::ProxyFqdn},
    {u"EnableKeepAlive", Param::EnableKeepAlive},
    {u"ConnectionLimit", Param::ConnectionLimit},
    {u"Force", Param::IgnoredSwitch},
    {u"InMemory", Param::IgnoredSwitch},
    {u"WhatIf", Param::IgnoredSwitch},
    {u"Confirm", Param::IgnoredSwitch},
    {u"Verbose", Param::IgnoredSwitch},
    {u"Debug", Param::IgnoredSwitch},
    {u"ErrorAction", Param::IgnoredWithValue},
    {u"WarningAction", Param::IgnoredWithValue},
    {u"InformationAction", Param::IgnoredWithValue},
    {u"ErrorVariable", Param::IgnoredWithValue},
    {u"WarningVariable", Param::IgnoredWithValue},
    {u"InformationVariable", Param::IgnoredWithValue},
    {u"OutVariable", Param::IgnoredWithValue},
    {u"OutBuffer", Param::IgnoredWithValue},
    {u"PipelineVariable", Param::IgnoredWithValue},
    {u"ea", Param::IgnoredWithValue},
    {u"wa", Param::IgnoredWithValue},
}};

// A parameter's value as written: one item, a list of items (a, b or @(a, b)), a hash
// table (@{Add=…}), or something PowerShell would have to compute.
struct Value
{
    enum class Kind { Scalar, List, Table, Computed };
    Kind kind = Kind::Scalar;
    QList<Token> items; // Scalar: one; List: all of them
    QList<std::pair<QString, QList<Token>>> table; // key -> its items
    int line = 0;
};

// One cmdlet call: its verb, the partner its parameters describe (or why they do not).
struct Command
{
    int line = 0;
    bool isNew = true;
    QString identity;
    Partner partner;
    QList<LocalizedText> problems;
};

template<typename Values>
QStringList wireNames(const Values &values)
{
    QStringList names;
    for (const auto value : values)
        names.append(wireName(value));
    return names;
}

// +1 for a token that opens a bracketed group, -1 for one that closes it.
int nesting(Type type)
{
    switch (type) {
    case Type::OpenArray:
    case Type::OpenHash:
    case Type::OpenParen:
    case Type::OpenBrace:
        return 1;
    case Type::CloseParen:
    case Type::CloseBrace:
        return -1;
    default:
        return 0;
    }
}

class CommandParser
{
public:
    CommandParser(const QList<Token> &tokens, qsizetype begin, qsizetype end, Command *command)
        : m_tokens(tokens)
        , m_pos(begin)
        , m_end(end)
        , m_command(command)
    { }

    void run()
    {
        QSet<Param> given;
        while (m_pos < m_end) {
            const Token &token = m_tokens.at(m_pos);
            if (token.type == Type::NewLine) {
                ++m_pos;
                continue;
            }
            if (token.type != Type::Parameter) {
                // A value without a parameter name: the identity, which is the cmdlets'
                // first positional parameter.
                const std::optional<Value> value = readValue();
                if (!given.contains(Param::Identity) && value) {
                    given.insert(Param::Identity);
                    apply(Param::Identity, QStringLiteral("Identity"), *value);
                } else {
                    problem(PowerShellScriptReader::trLater(
                                "line %1: the value “%2” is not given to any parameter.")
                                .arg(token.line)
                                .arg(token.text));
                    if (!value)
                        ++m_pos;
                }
                continue;
            }
            ++m_pos;
            const auto param = lookUp(token);
            if (!param) {
                skipValue(token);
                continue;
            }
            const auto &[name, which] = *param;
            if (which == Param::IgnoredSwitch) {
                if (token.colonValue)
                    readValue();
                continue;
            }
            const std::optional<Value> value = readValue();
            if (!value) {
                problem(PowerShellScriptReader::trLater("line %1: -%2 has no value.")
                            .arg(token.line)
                            .arg(name));
                continue;
            }
            if (which == Param::IgnoredWithValue)
                continue;
            if (given.contains(which)) {
                problem(PowerShellScriptReader::trLater("line %1: -%2 is given twice.")
                            .arg(token.line)
                            .arg(name));
                continue;
            }
            given.insert(which);
            apply(which, name, *value);
        }
        if (!given.contains(Param::Identity))
            problem(PowerShellScriptReader::trLater("line %1: the command has no -Identity.")
                        .arg(m_command->line));
    }

private:
    void problem(const LocalizedText &text) { m_command->problems.append(text); }

    // The parameter a (possibly shortened) name stands for, with its full name.
    std::optional<std::pair<QString, Param>> lookUp(const Token &token)
    {
        const QString &written = token.text;
        for (const ParamName &candidate : ParamNames) {
            if (candidate.name.compare(written, Qt::CaseInsensitive) == 0)
                return std::pair {candidate.name.toString(), candidate.param};
        }
        QStringList matches;
        std::optional<Param> match;
        for (const ParamName &candidate : ParamNames) {
            if (candidate.name.size() > 2
                && candidate.name.startsWith(written, Qt::CaseInsensitive)) {
                matches.append(u'-' + candidate.name.toString());
                match = candidate.param;
            }
        }
        if (matches.size() == 1)
            return std::pair {matches.constFirst().mid(1), *match};
        if (matches.isEmpty()) {
            problem(PowerShellScriptReader::trLater("line %1: -%2 is not a parameter of %3.")
                        .arg(token.line)
                        .arg(written)
                        .arg(m_command->isNew ? NewCommand : SetCommand));
        } else {
            problem(PowerShellScriptReader::trLater("line %1: -%2 is ambiguous: it could be %3.")
                        .arg(token.line)
                        .arg(written)
                        .arg(matches.join(u", "_qs)));
        }
        return std::nullopt;
    }

    // After an unknown parameter: its value, if one follows, is not a parameter.
    void skipValue(const Token &parameter)
    {
        if (parameter.colonValue
            || (m_pos < m_end && m_tokens.at(m_pos).type != Type::Parameter
                && m_tokens.at(m_pos).type != Type::NewLine))
            readValue();
    }

    bool atValueEnd() const
    {
        return m_pos >= m_end || m_tokens.at(m_pos).type == Type::Parameter
            || m_tokens.at(m_pos).type == Type::NewLine;
    }

    // One value, with a comma-separated list after it; nothing when no value follows.
    std::optional<Value> readValue()
    {
        if (atValueEnd())
            return std::nullopt;
        Value value;
        value.line = m_tokens.at(m_pos).line;
        readItem(&value);
        while (m_pos < m_end && m_tokens.at(m_pos).type == Type::Comma) {
            ++m_pos;
            if (value.kind == Value::Kind::Scalar)
                value.kind = Value::Kind::List;
            skipNewLines();
            if (m_pos >= m_end)
                break;
            readItem(&value);
        }
        return value;
    }

    void skipNewLines()
    {
        while (m_pos < m_end && m_tokens.at(m_pos).type == Type::NewLine)
            ++m_pos;
    }

    void readItem(Value *value)
    {
        const Token &token = m_tokens.at(m_pos);
        switch (token.type) {
        case Type::String:
        case Type::Word:
        case Type::Variable:
            value->items.append(token);
            ++m_pos;
            return;
        case Type::OpenArray:
            ++m_pos;
            value->kind = Value::Kind::List;
            readArray(value);
            return;
        case Type::OpenHash:
            ++m_pos;
            value->kind = Value::Kind::Table;
            readTable(value);
            return;
        default:
            value->kind = Value::Kind::Computed;
            skipGroup();
            return;
        }
    }

    // @( a, b ) after the @(.
    void readArray(Value *value)
    {
        while (m_pos < m_end) {
            const Token &token = m_tokens.at(m_pos);
            if (token.type == Type::CloseParen) {
                ++m_pos;
                return;
            }
            if (token.type == Type::Comma || token.type == Type::NewLine
                || token.type == Type::Semicolon) {
                ++m_pos;
                continue;
            }
            if (token.type == Type::String || token.type == Type::Word
                || token.type == Type::Variable) {
                value->items.append(token);
                ++m_pos;
                continue;
            }
            value->kind = Value::Kind::Computed;
            skipGroup();
        }
    }

    // @{ Key = a, b; Other = c } after the @{.
    void readTable(Value *value)
    {
        while (m_pos < m_end) {
            const Token &token = m_tokens.at(m_pos);
            if (token.type == Type::CloseBrace) {
                ++m_pos;
                return;
            }
            if (token.type == Type::NewLine || token.type == Type::Semicolon) {
                ++m_pos;
                continue;
            }
            if ((token.type != Type::Word && token.type != Type::String) || m_pos + 1 >= m_end
                || m_tokens.at(m_pos + 1).type != Type::Equals) {
                value->kind = Value::Kind::Computed;
                skipGroup();
                continue;
            }
            m_pos += 2;
            skipNewLines();
            Value entry;
            if (m_pos < m_end)
                readItem(&entry);
            while (m_pos < m_end && m_tokens.at(m_pos).type == Type::Comma) {
                ++m_pos;
                skipNewLines();
                if (m_pos < m_end)
                    readItem(&entry);
            }
            if (entry.kind == Value::Kind::Computed || entry.kind == Value::Kind::Table)
                value->kind = Value::Kind::Computed;
            value->table.append({token.text, entry.items});
        }
    }

    // Moves past one token, or past a whole bracketed group.
    void skipGroup()
    {
        int depth = 0;
        do {
            depth += nesting(m_tokens.at(m_pos).type);
            ++m_pos;
        } while (m_pos < m_end && depth > 0);
    }

    // The text of a one-item value; a problem naming the parameter otherwise.
    std::optional<QString> text(const QString &name, const Value &value)
    {
        if (value.kind != Value::Kind::Scalar) {
            problem(PowerShellScriptReader::trLater("line %1: -%2 takes one value, not a list.")
                        .arg(value.line)
                        .arg(name));
            return std::nullopt;
        }
        return itemText(name, value.items.constFirst());
    }

    std::optional<QString> itemText(const QString &name, const Token &item)
    {
        if (item.type == Type::Variable) {
            if (item.text.compare(u"null"_qs, Qt::CaseInsensitive) == 0)
                return QString();
            problem(PowerShellScriptReader::trLater(
                        "line %1: -%2 takes the variable $%3, whose value the script computes; "
                        "write the value itself.")
                        .arg(item.line)
                        .arg(name)
                        .arg(item.text));
            return std::nullopt;
        }
        if (item.expands) {
            problem(PowerShellScriptReader::trLater(
                        "line %1: the value of -%2 is a double-quoted string that PowerShell "
                        "expands; write it in single quotes.")
                        .arg(item.line)
                        .arg(name));
            return std::nullopt;
        }
        return item.text;
    }

    std::optional<bool> boolean(const QString &name, const Value &value)
    {
        if (value.kind == Value::Kind::Scalar) {
            const Token &item = value.items.constFirst();
            if (item.type == Type::Variable
                && item.text.compare(u"true"_qs, Qt::CaseInsensitive) == 0)
                return true;
            if (item.type == Type::Variable
                && item.text.compare(u"false"_qs, Qt::CaseInsensitive) == 0)
                return false;
            if (item.type == Type::Word && (item.text == u"1" || item.text == u"0"))
                return item.text == u"1";
        }
        problem(PowerShellScriptReader::trLater("line %1: -%2 takes $true or $false.")
                    .arg(value.line)
                    .arg(name));
        return std::nullopt;
    }

    std::optional<QStringList> domainList(const QString &name, const Value &value)
    {
        QList<Token> items = value.items;
        if (value.kind == Value::Kind::Table) {
            items.clear();
            for (const auto &[key, keyItems] : value.table) {
                if (key.compare(u"Add"_qs, Qt::CaseInsensitive) == 0
                    || key.compare(u"Replace"_qs, Qt::CaseInsensitive) == 0) {
                    items += keyItems;
                } else {
                    problem(PowerShellScriptReader::trLater(
                                "line %1: -%2 takes @{Add=…} or @{Replace=…}, not @{%3=…}.")
                                .arg(value.line)
                                .arg(name)
                                .arg(key));
                    return std::nullopt;
                }
            }
        } else if (value.kind == Value::Kind::Computed) {
            computed(name, value);
            return std::nullopt;
        }
        QStringList domains;
        for (const Token &item : items) {
            const std::optional<QString> domain = itemText(name, item);
            if (!domain)
                return std::nullopt;
            if (!domain->isEmpty())
                domains.append(*domain);
        }
        return domains;
    }

    void computed(const QString &name, const Value &value)
    {
        problem(PowerShellScriptReader::trLater(
                    "line %1: the value of -%2 is an expression that PowerShell computes; write "
                    "the value itself.")
                    .arg(value.line)
                    .arg(name));
    }

    void apply(Param param, const QString &name, const Value &value)
    {
        if (value.kind == Value::Kind::Computed && param != Param::AdditionalDomains) {
            computed(name, value);
            return;
        }
        Partner &partner = m_command->partner;
        switch (param) {
        case Param::Identity:
            if (const auto identity = text(name, value)) {
                if (identity->trimmed().isEmpty())
                    problem(PowerShellScriptReader::trLater("line %1: -Identity is empty.")
                                .arg(value.line));
                else
                    partner.domain = m_command->identity = *identity;
            }
            return;
        case Param::Description:
            if (const auto description = text(name, value))
                partner.description = *description;
            return;
        case Param::AdditionalDomains:
            if (const auto domains = domainList(name, value))
                partner.additionalDomains = *domains;
            return;
        case Param::PartnerType:
            if (const auto typeName = text(name, value)) {
                if (const auto type = partnerTypeFromWireName(*typeName))
                    partner.partnerType = *type;
                else
                    unknownName(name, value, *typeName, wireNames(AllPartnerTypes));
            }
            return;
        case Param::TlsNegotiation:
        case Param::SaslNegotiation:
            if (const auto negotiationName = text(name, value)) {
                const auto negotiation = negotiationFromWireName(*negotiationName);
                if (!negotiation)
                    unknownName(name, value, *negotiationName, wireNames(AllNegotiations));
                else if (param == Param::TlsNegotiation)
                    partner.tlsNegotiation = *negotiation;
                else
                    partner.saslNegotiation = *negotiation;
            }
            return;
        case Param::SupportDialbackNegotiation:
            if (const auto enabled = boolean(name, value))
                partner.supportDialbackNegotiation = *enabled;
            return;
        case Param::EnableKeepAlive:
            if (const auto enabled = boolean(name, value))
                partner.enableKeepAlive = *enabled;
            return;
        case Param::ProxyFqdn:
            if (const auto proxy = text(name, value))
                partner.proxyFqdn = *proxy;
            return;
        case Param::ConnectionLimit:
            if (const auto limit = text(name, value)) {
                bool ok = false;
                const int number = limit->trimmed().toInt(&ok);
                if (limit->isEmpty())
                    partner.connectionLimit.reset();
                else if (ok)
                    partner.connectionLimit = number;
                else
                    problem(PowerShellScriptReader::trLater(
                                "line %1: -%2 takes a whole number, not “%3”.")
                                .arg(value.line)
                                .arg(name)
                                .arg(*limit));
            }
            return;
        case Param::IgnoredSwitch:
        case Param::IgnoredWithValue:
            return;
        }
    }

    void unknownName(const QString &name, const Value &value, const QString &written,
                     const QStringList &names)
    {
        problem(PowerShellScriptReader::trLater("line %1: -%2 takes %3, not “%4”.")
                    .arg(value.line)
                    .arg(name)
                    .arg(names.join(u", "_qs))
                    .arg(written));
    }

    const QList<Token> &m_tokens;
    qsizetype m_pos;
    qsizetype m_end;
    Command *m_command;
};

bool startsStatement(const QList<Token> &tokens, qsizetype index)
{
    if (index == 0)
        return true;
    const Token &before = tokens.at(index - 1);
    return before.type == Type::NewLine || before.type == Type::Semicolon
        || before.type == Type::OpenBrace || before.type == Type::CloseBrace
        || (before.type == Type::Other && before.text == u"|");
}

// Where the command that starts at `begin` ends: the end of its statement.
qsizetype statementEnd(const QList<Token> &tokens, qsizetype begin)
{
    int depth = 0;
    qsizetype i = begin;
    for (; i < tokens.size(); ++i) {
        const Token &token = tokens.at(i);
        const int change = nesting(token.type);
        if (change < 0 && depth == 0)
            return i; // the bracket that holds the command closes
        depth += change;
        switch (token.type) {
        case Type::NewLine:
        case Type::Semicolon:
            if (depth == 0)
                return i;
            break;
        case Type::Other:
            if (depth == 0 && token.text == u"|")
                return i;
            break;
        default:
            break;
        }
    }
    return i;
}

} // namespace

ImportRows PowerShellScriptReader::parse(const QByteArray &bytes)
{
    ImportRows result;
    if (bytes.size() > MaxFileSize) {
        result.error
            = trLater("The script is larger than %1 MiB.").arg(MaxFileSize / (1024 * 1024));
        return result;
    }
    const auto encoding = QStringConverter::encodingForData(bytes).value_or(QStringConverter::Utf8);
    QStringDecoder decoder(encoding);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        result.error = trLater("The script is not UTF-8 or UTF-16 text. Save it as UTF-8 and "
                               "import it again.");
        return result;
    }

    const QList<Token> tokens = PowerShellTokenizer::tokenize(text);
    if (!tokens.isEmpty() && tokens.constLast().type == Type::Error) {
        const Token &error = tokens.constLast();
        result.error = error.text == u"comment"
            ? trLater("Line %1: a <# comment is not closed before the end of the script.")
                  .arg(error.line)
            : trLater("Line %1: a string is not closed before the end of the script.")
                  .arg(error.line);
        return result;
    }

    QList<Command> commands;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &token = tokens.at(i);
        if (token.type != Type::Word || !startsStatement(tokens, i))
            continue;
        const bool isNew = token.text.compare(NewCommand, Qt::CaseInsensitive) == 0;
        if (!isNew && token.text.compare(SetCommand, Qt::CaseInsensitive) != 0)
            continue;
        if (commands.size() >= MaxRows) {
            result.error = trLater("The script has more than %1 partner commands.").arg(MaxRows);
            return result;
        }
        Command command;
        command.line = token.line;
        command.isNew = isNew;
        // A New- command's partner starts from the cmdlet's defaults; they are the
        // editor's, but for SASL, which the cmdlet sets to Required.
        command.partner.saslNegotiation = Negotiation::Required;
        const qsizetype end = statementEnd(tokens, i + 1);
        CommandParser(tokens, i + 1, end, &command).run();
        commands.append(std::move(command));
        i = end - 1;
    }
    if (commands.isEmpty()) {
        result.error = trLater("The script has no %1 command.").arg(NewCommand);
        return result;
    }

    // The "update existing" form: Set- where the partner exists, New- otherwise. The
    // New- command describes the whole partner; its Set- twin is not a row.
    QSet<QString> created;
    for (const Command &command : std::as_const(commands)) {
        if (command.isNew && !command.identity.isEmpty())
            created.insert(DomainName::comparisonKey(command.identity));
    }
    for (const Command &command : std::as_const(commands)) {
        if (!command.isNew && !command.identity.isEmpty()
            && created.contains(DomainName::comparisonKey(command.identity)))
            continue;
        ImportRow row;
        row.line = int(result.rows.size()) + 1;
        row.domain = TextExcerpt::firstLine(command.identity, 253);
        QList<LocalizedText> problems;
        if (!command.isNew) {
            problems.append(trLater("line %1: %2 changes only the settings it names, so it does "
                                    "not describe a whole partner; the import reads %3 commands.")
                                .arg(command.line)
                                .arg(SetCommand)
                                .arg(NewCommand));
        }
        problems += command.problems;
        if (problems.isEmpty()) {
            row.partner = command.partner;
        } else {
            for (LocalizedText &problem : problems)
                problem = trLater("Row %1, %2").arg(row.line).arg(problem);
            row.problem = LocalizedText::lines(problems);
        }
        result.rows.append(std::move(row));
    }
    return result;
}
