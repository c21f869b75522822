#include "formats/powershellcommandparser.h"

#include "formats/powershellscriptreader.h"

#include <QSet>

#include <array>

namespace {

using Type = PowerShellTokenizer::Type;
using Kind = CmdletParameters::Kind;

struct CommonParameter
{
    QStringView name;
    bool takesValue;
};

// The parameters every cmdlet takes, and their aliases.
constexpr std::array<CommonParameter, 17> CommonParameters = {{
    {u"Force", false},
    {u"InMemory", false},
    {u"WhatIf", false},
    {u"Confirm", false},
    {u"Verbose", false},
    {u"Debug", false},
    {u"ErrorAction", true},
    {u"WarningAction", true},
    {u"InformationAction", true},
    {u"ErrorVariable", true},
    {u"WarningVariable", true},
    {u"InformationVariable", true},
    {u"OutVariable", true},
    {u"OutBuffer", true},
    {u"PipelineVariable", true},
    {u"ea", true},
    {u"wa", true},
}};

} // namespace

void PowerShellCommandParser::parse(const QList<Token> &tokens, qsizetype begin, qsizetype end,
                                    Command *command)
{
    PowerShellCommandParser(tokens, begin, end, command).run();
}

PowerShellCommandParser::PowerShellCommandParser(const QList<Token> &tokens, qsizetype begin,
                                                 qsizetype end, Command *command)
    : m_tokens(tokens)
    , m_pos(begin)
    , m_end(end)
    , m_command(command)
{ }

void PowerShellCommandParser::run()
{
    QSet<Field> given;
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
            if (!given.contains(Field::Identity) && value) {
                given.insert(Field::Identity);
                apply(Field::Identity, CmdletParameters::powerShellName(Field::Identity), *value);
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
        const std::optional<Binding> binding = lookUp(token);
        if (!binding) {
            skipValue(token);
            continue;
        }
        if (!binding->takesValue) {
            if (token.colonValue)
                readValue();
            continue;
        }
        const std::optional<Value> value = readValue();
        if (!value) {
            problem(PowerShellScriptReader::trLater("line %1: -%2 has no value.")
                        .arg(token.line)
                        .arg(binding->name));
            continue;
        }
        if (!binding->field)
            continue;
        if (given.contains(*binding->field)) {
            problem(PowerShellScriptReader::trLater("line %1: -%2 is given twice.")
                        .arg(token.line)
                        .arg(binding->name));
            continue;
        }
        given.insert(*binding->field);
        apply(*binding->field, binding->name, *value);
    }
    if (!given.contains(Field::Identity))
        problem(PowerShellScriptReader::trLater("line %1: the command has no -Identity.")
                    .arg(m_command->line));
}

void PowerShellCommandParser::problem(const LocalizedText &text)
{
    m_command->problems.append(text);
}

// The parameter a (possibly shortened) name stands for.
std::optional<PowerShellCommandParser::Binding> PowerShellCommandParser::lookUp(const Token &token)
{
    // The cmdlet's own parameters first, then the common ones.
    static const QList<Binding> bindings = [] {
        QList<Binding> all;
        for (const CmdletParameters::Parameter &parameter : CmdletParameters::all())
            all.append(Binding {parameter.powerShellName.toString(), parameter.field, true});
        for (const CommonParameter &common : CommonParameters)
            all.append(Binding {common.name.toString(), std::nullopt, common.takesValue});
        return all;
    }();
    const QString &written = token.text;
    for (const Binding &candidate : bindings) {
        if (candidate.name.compare(written, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    QStringList matches;
    std::optional<Binding> match;
    for (const Binding &candidate : bindings) {
        // Aliases (two letters) are never shortened.
        if (candidate.name.size() > 2 && candidate.name.startsWith(written, Qt::CaseInsensitive)) {
            matches.append(u'-' + candidate.name);
            match = candidate;
        }
    }
    if (matches.size() == 1)
        return match;
    if (matches.isEmpty()) {
        problem(PowerShellScriptReader::trLater("line %1: -%2 is not a parameter of %3.")
                    .arg(token.line)
                    .arg(written)
                    .arg(m_command->isNew ? CmdletParameters::newCommand()
                                          : CmdletParameters::setCommand()));
    } else {
        problem(PowerShellScriptReader::trLater("line %1: -%2 is ambiguous: it could be %3.")
                    .arg(token.line)
                    .arg(written)
                    .arg(matches.join(u", "_qs)));
    }
    return std::nullopt;
}

// After an unknown parameter: its value, if one follows, is not a parameter.
void PowerShellCommandParser::skipValue(const Token &parameter)
{
    if (parameter.colonValue
        || (m_pos < m_end && m_tokens.at(m_pos).type != Type::Parameter
            && m_tokens.at(m_pos).type != Type::NewLine))
        readValue();
}

bool PowerShellCommandParser::atValueEnd() const
{
    return m_pos >= m_end || m_tokens.at(m_pos).type == Type::Parameter
        || m_tokens.at(m_pos).type == Type::NewLine;
}

// One value, with a comma-separated list after it; nothing when no value follows.
std::optional<PowerShellCommandParser::Value> PowerShellCommandParser::readValue()
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

void PowerShellCommandParser::skipNewLines()
{
    while (m_pos < m_end && m_tokens.at(m_pos).type == Type::NewLine)
        ++m_pos;
}

void PowerShellCommandParser::readItem(Value *value)
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
void PowerShellCommandParser::readArray(Value *value)
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
void PowerShellCommandParser::readTable(Value *value)
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
void PowerShellCommandParser::skipGroup()
{
    int depth = 0;
    do {
        depth += PowerShellTokenizer::nesting(m_tokens.at(m_pos).type);
        ++m_pos;
    } while (m_pos < m_end && depth > 0);
}

// The text of a one-item value; a problem naming the parameter otherwise.
std::optional<QString> PowerShellCommandParser::text(const QString &name, const Value &value)
{
    if (value.kind != Value::Kind::Scalar) {
        problem(PowerShellScriptReader::trLater("line %1: -%2 takes one value, not a list.")
                    .arg(value.line)
                    .arg(name));
        return std::nullopt;
    }
    return itemText(name, value.items.constFirst());
}

std::optional<QString> PowerShellCommandParser::itemText(const QString &name, const Token &item)
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

std::optional<bool> PowerShellCommandParser::boolean(const QString &name, const Value &value)
{
    if (value.kind == Value::Kind::Scalar) {
        const Token &item = value.items.constFirst();
        if (item.type == Type::Variable && item.text.compare(u"true"_qs, Qt::CaseInsensitive) == 0)
            return true;
        if (item.type == Type::Variable && item.text.compare(u"false"_qs, Qt::CaseInsensitive) == 0)
            return false;
        if (item.type == Type::Word && (item.text == u"1" || item.text == u"0"))
            return item.text == u"1";
    }
    problem(PowerShellScriptReader::trLater("line %1: -%2 takes $true or $false.")
                .arg(value.line)
                .arg(name));
    return std::nullopt;
}

std::optional<QStringList> PowerShellCommandParser::domainList(const QString &name,
                                                               const Value &value)
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

void PowerShellCommandParser::computed(const QString &name, const Value &value)
{
    problem(PowerShellScriptReader::trLater(
                "line %1: the value of -%2 is an expression that PowerShell computes; write "
                "the value itself.")
                .arg(value.line)
                .arg(name));
}

void PowerShellCommandParser::apply(Field field, const QString &name, const Value &value)
{
    if (value.kind == Value::Kind::Computed) {
        computed(name, value);
        return;
    }
    Partner &partner = m_command->partner;
    const Kind kind = CmdletParameters::parameter(field).kind;
    switch (field) {
    case Field::Identity:
        if (const auto identity = text(name, value)) {
            if (identity->trimmed().isEmpty())
                problem(PowerShellScriptReader::trLater("line %1: -Identity is empty.")
                            .arg(value.line));
            else
                partner.domain = m_command->identity = *identity;
        }
        return;
    case Field::Description:
        if (const auto description = text(name, value))
            partner.description = *description;
        return;
    case Field::AdditionalDomains:
        if (const auto domains = domainList(name, value))
            partner.additionalDomains = *domains;
        return;
    case Field::PartnerType:
        if (const auto typeName = text(name, value)) {
            if (const auto type = partnerTypeFromWireName(*typeName))
                partner.partnerType = *type;
            else
                unknownName(name, value, *typeName, kind);
        }
        return;
    case Field::TlsNegotiation:
    case Field::SaslNegotiation:
        if (const auto negotiationName = text(name, value)) {
            const auto negotiation = negotiationFromWireName(*negotiationName);
            if (!negotiation)
                unknownName(name, value, *negotiationName, kind);
            else if (field == Field::TlsNegotiation)
                partner.tlsNegotiation = *negotiation;
            else
                partner.saslNegotiation = *negotiation;
        }
        return;
    case Field::SupportDialbackNegotiation:
        if (const auto enabled = boolean(name, value))
            partner.supportDialbackNegotiation = *enabled;
        return;
    case Field::EnableKeepAlive:
        if (const auto enabled = boolean(name, value))
            partner.enableKeepAlive = *enabled;
        return;
    case Field::ProxyFqdn:
        if (const auto proxy = text(name, value))
            partner.proxyFqdn = *proxy;
        return;
    case Field::ConnectionLimit:
        if (const auto limit = text(name, value)) {
            bool ok = false;
            const int number = limit->trimmed().toInt(&ok);
            if (limit->isEmpty())
                partner.connectionLimit.reset();
            else if (ok)
                partner.connectionLimit = number;
            else
                problem(
                    PowerShellScriptReader::trLater("line %1: -%2 takes a whole number, not “%3”.")
                        .arg(value.line)
                        .arg(name)
                        .arg(*limit));
        }
        return;
    }
}

void PowerShellCommandParser::unknownName(const QString &name, const Value &value,
                                          const QString &written, Kind kind)
{
    problem(PowerShellScriptReader::trLater("line %1: -%2 takes %3, not “%4”.")
                .arg(value.line)
                .arg(name)
                .arg(CmdletParameters::valueNames(kind).join(u", "_qs))
                .arg(written));
}
