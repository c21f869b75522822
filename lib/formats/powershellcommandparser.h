#pragma once

#include "formats/cmdletparameters.h"
#include "formats/powershelltokenizer.h"
#include "i18n/localizedtext.h"
#include "partners/partner.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

// Binds the parameters of one New- or Set-CsXmppAllowedPartner command to a partner the
// way the cmdlet does: names case-insensitive and shortened as long as they stay
// unambiguous, -Name:value, the identity given without -Identity (the cmdlets' first
// positional parameter), lists written a, b or @(a, b), the additional domains also as
// @{Add=…} or @{Replace=…}. The common parameters (-Force, -ErrorAction …) are taken
// and change nothing.
//
// Nothing is run: a value that PowerShell would compute ($variables other than $true,
// $false and $null, "…$(…)…" strings, (expressions)) is a problem naming the parameter.
// The problems are the script reader's, in its translation context.
class PowerShellCommandParser final
{
public:
    using Token = PowerShellTokenizer::Token;

    // One cmdlet call: its verb, the partner its parameters describe (or why they do not).
    struct Command
    {
        int line = 0;
        bool isNew = true;
        QString identity; // as given, empty when the command has none
        Partner partner;
        QList<LocalizedText> problems;
    };

    // Binds the tokens [begin, end), which follow the command's name, to `command`,
    // whose line, verb and partner (the defaults) the caller has set.
    static void parse(const QList<Token> &tokens, qsizetype begin, qsizetype end, Command *command);

private:
    using Field = CmdletParameters::Field;

    // A parameter's value as written: one item, a list of items (a, b or @(a, b)), a
    // hash table (@{Add=…}), or something PowerShell would have to compute.
    struct Value
    {
        enum class Kind { Scalar, List, Table, Computed };
        Kind kind = Kind::Scalar;
        QList<Token> items; // Scalar: one; List: all of them
        QList<std::pair<QString, QList<Token>>> table; // key -> its items
        int line = 0;
    };

    // What a parameter name stands for: a setting of the partner, or (no field) a common
    // parameter, which changes nothing in it.
    struct Binding
    {
        QString name; // in full, as the cmdlet spells it
        std::optional<Field> field;
        bool takesValue = true;
    };

    PowerShellCommandParser(const QList<Token> &tokens, qsizetype begin, qsizetype end,
                            Command *command);

    void run();
    void problem(const LocalizedText &text);

    std::optional<Binding> lookUp(const Token &token);
    void skipValue(const Token &parameter);

    bool atValueEnd() const;
    std::optional<Value> readValue();
    void skipNewLines();
    void readItem(Value *value);
    void readArray(Value *value);
    void readTable(Value *value);
    void skipGroup();

    std::optional<QString> text(const QString &name, const Value &value);
    std::optional<QString> itemText(const QString &name, const Token &item);
    std::optional<bool> boolean(const QString &name, const Value &value);
    std::optional<QStringList> domainList(const QString &name, const Value &value);
    void computed(const QString &name, const Value &value);
    void apply(Field field, const QString &name, const Value &value);
    void unknownName(const QString &name, const Value &value, const QString &written,
                     CmdletParameters::Kind kind);

    const QList<Token> &m_tokens;
    qsizetype m_pos;
    qsizetype m_end;
    Command *m_command;
};
